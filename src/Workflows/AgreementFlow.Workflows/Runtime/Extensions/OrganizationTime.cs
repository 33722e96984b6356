using AgreementFlow.Workflows.Calendars;

namespace AgreementFlow.Workflows.Runtime.Extensions;

/// <summary>How an organisation keeps time: its zone, its region's production calendar, its working hours.</summary>
public sealed record OrganizationTime(IanaTimeZone Zone, WorkingDayCalendar Calendar, WorkingHours Hours);
