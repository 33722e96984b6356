using AgreementFlow.Data.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("CalendarDays");
        builder.HasKey(d => new { d.RegionCode, d.Date });
        builder.Property(d => d.RegionCode).HasMaxLength(CalendarDay.RegionCodeMaxLength);
        builder.Property(d => d.Note).HasMaxLength(CalendarDay.NoteMaxLength);
    }
}
