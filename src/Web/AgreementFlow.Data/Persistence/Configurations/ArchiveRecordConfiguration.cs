using AgreementFlow.Data.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class ArchiveRecordConfiguration : IEntityTypeConfiguration<ArchiveRecord>
{
    public void Configure(EntityTypeBuilder<ArchiveRecord> builder)
    {
        builder.ToTable("ArchiveRecords");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(ArchiveRecord.KindMaxLength);
        builder.Property(r => r.Number).HasMaxLength(ArchiveRecord.NumberMaxLength);
        builder.Property(r => r.Title).HasMaxLength(ArchiveRecord.TitleMaxLength);
        builder.Property(r => r.Parties).HasMaxLength(ArchiveRecord.ListMaxLength);
        builder.Property(r => r.Programs).HasMaxLength(ArchiveRecord.ListMaxLength);
        builder.Property(r => r.EndedAs).HasMaxLength(ArchiveRecord.KindMaxLength);
        builder.Property(r => r.SearchText).HasMaxLength(ArchiveRecord.ListMaxLength * 3);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);

        // One record per agreement: a retried action finds it instead of adding a second.
        builder.HasIndex(r => r.SubjectId).IsUnique();
        builder.HasIndex(r => r.RetentionEndsOn);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.RecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
