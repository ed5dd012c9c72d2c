using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Monitor;

/// <summary>
/// A stored figure for one indicator, area and period: counts (numerator and denominator) where known,
/// otherwise a published value only. Regions and the country are computed from municipal counts, not stored.
/// </summary>
public sealed class IndicatorValue
{
    public long Id { get; init; }
    public required string IndicatorCode { get; init; }
    public required string AreaCode { get; init; }
    public required string Period { get; init; }
    public int PeriodStart { get; init; }
    public int PeriodEnd { get; init; }
    public long? Numerator { get; set; }
    public long? Denominator { get; set; }
    public decimal? PublishedValue { get; set; }
    /// <summary>The import that brought this value. Deliberately no foreign key (decision 0019): only the importer writes it,
    /// in the transaction that adds the batch, and a key check per row was most of a re-import's time on PostgreSQL.</summary>
    public int ImportBatchId { get; set; }
}

/// <summary>A value as it was before a later import replaced it.</summary>
public sealed class IndicatorValueHistory
{
    public long Id { get; init; }
    public required string IndicatorCode { get; init; }
    public required string AreaCode { get; init; }
    public required string Period { get; init; }
    public long? Numerator { get; init; }
    public long? Denominator { get; init; }
    public decimal? PublishedValue { get; init; }
    public int ImportBatchId { get; init; }
    public int ReplacedByBatchId { get; init; }
}

/// <summary>One import: where the figures came from, who brought them in and when.</summary>
public sealed class ImportBatch
{
    public int Id { get; init; }
    public required string FileName { get; init; }
    public required string Source { get; init; }
    public DateTime ImportedAt { get; init; }
    public required string ImportedBy { get; init; }
    public int RowCount { get; set; }

    /// <summary>Generated figures for the demo: shown everywhere as "synthetisch — alleen voor demonstratie".</summary>
    public bool Synthetic { get; init; }
}

internal sealed class IndicatorValueConfiguration :
    IEntityTypeConfiguration<IndicatorValue>, IEntityTypeConfiguration<IndicatorValueHistory>, IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.Property(v => v.IndicatorCode).HasMaxLength(12);
        value.Property(v => v.AreaCode).HasMaxLength(6);
        value.Property(v => v.Period).HasMaxLength(9);
        value.Property(v => v.PublishedValue).HasPrecision(18, 4);
        value.HasIndex(v => new { v.IndicatorCode, v.AreaCode, v.Period }).IsUnique();
        value.HasIndex(v => new { v.IndicatorCode, v.Period });
        value.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        value.HasOne<Geography.Area>().WithMany().HasForeignKey(v => v.AreaCode).OnDelete(DeleteBehavior.Restrict);
        // No index on ImportBatchId either: a re-import changes it in every row, and without an index PostgreSQL can update the
        // rows in place (HOT) with the free space the fill factor leaves (PostgresKansrijkDb).
    }

    public void Configure(EntityTypeBuilder<IndicatorValueHistory> history)
    {
        history.Property(v => v.IndicatorCode).HasMaxLength(12);
        history.Property(v => v.AreaCode).HasMaxLength(6);
        history.Property(v => v.Period).HasMaxLength(9);
        history.Property(v => v.PublishedValue).HasPrecision(18, 4);
        history.HasIndex(v => new { v.IndicatorCode, v.AreaCode, v.Period });
    }

    public void Configure(EntityTypeBuilder<ImportBatch> batch)
    {
        batch.Property(b => b.FileName).HasMaxLength(260);
        batch.Property(b => b.Source).HasMaxLength(200);
        batch.Property(b => b.ImportedBy).HasMaxLength(256);
    }
}
