using AgreementFlow.Data.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class DestructionActConfiguration : IEntityTypeConfiguration<DestructionAct>
{
    public void Configure(EntityTypeBuilder<DestructionAct> builder)
    {
        builder.ToTable("DestructionActs");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Number).HasMaxLength(ArchiveRecord.NumberMaxLength);
        builder.Property(a => a.Kind).HasMaxLength(ArchiveRecord.KindMaxLength);
        builder.Property(a => a.Title).HasMaxLength(ArchiveRecord.TitleMaxLength);
        builder.Property(a => a.DestroyedByName).HasMaxLength(200);
        builder.HasIndex(a => a.RecordId).IsUnique();
        builder.HasOne<ArchiveRecord>().WithMany().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Restrict);
    }
}
