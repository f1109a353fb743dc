import { maySeePersonalData } from '../../domain/access';
import { maskEmail, maskPhone } from '../../domain/customer';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.customer.load(ref.id),
  email: (customer, _args, ctx) =>
    customer.email && (maySeePersonalData(ctx.actor.roles) ? customer.email : maskEmail(customer.email)),
  phone: (customer, _args, ctx) =>
    customer.phone && (maySeePersonalData(ctx.actor.roles) ? customer.phone : maskPhone(customer.phone)),
};
