using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Signalling.Instruments;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> instrument)
    {
        instrument.ToTable("Instruments");
        instrument.Property(i => i.Key).HasMaxLength(100);
        instrument.HasIndex(i => i.Key).IsUnique();
        instrument.HasMany(i => i.Versions).WithOne(v => v.Instrument).HasForeignKey(v => v.InstrumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> version)
    {
        version.ToTable("InstrumentVersions");
        version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.Name).HasMaxLength(300);
        version.HasIndex(v => new { v.InstrumentId, v.Number }).IsUnique();
    }
}
