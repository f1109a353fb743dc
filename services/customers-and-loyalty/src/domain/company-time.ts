/**
 * Company time (DESIGN convention 5): the calendar dates the loyalty rules count in (the January tier
 * re-evaluation, the birthday month, the quarter of a Gold discount, the spend year, the month at whose end
 * points expire) are dates in the company's time zone, the service's TIME_ZONE (Asia/Shanghai by default),
 * never in UTC or the server's zone. The calendar package counts them, as for every service.
 */
export { companyLocal, quarterOf, startOfCompanyMonth, type CompanyDate } from '@care/calendar';
