using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Monitor;

public enum Phase { ProgrammeWide, BeforePregnancy, DuringPregnancy, AfterBirth }

public enum IndicatorUnit { Percentage, PerThousand, Count }

public enum DesiredDirection { Up, Down, None }

/// <summary>Which set an indicator belongs to; <see cref="Process"/>: counted by Kansrijk from its own pathways.</summary>
public enum IndicatorSet { National, LocalBasic, LocalChoice, Process }

/// <summary>
/// Where an indicator's municipal values come from, and so who owns them: an import (CSV, API, command line), the
/// coalition register (L01–L05 from the confirmed yearly questionnaires), or the pathways in Kansrijk (the process indicators).
/// Only <see cref="Import"/> indicators take municipal counts from an import.
/// </summary>
public enum ValueOrigin { Import, CoalitionRegister, Pathways }

/// <summary>One indicator of the monitor with everything needed to compute, judge and show it.</summary>
public sealed class Indicator : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public Phase Phase { get; set; }
    public IndicatorUnit Unit { get; set; }
    public required string NumeratorDescription { get; set; }
    public string? DenominatorDescription { get; set; }
    public required string Source { get; set; }
    public DesiredDirection DesiredDirection { get; set; }
    public IndicatorSet Set { get; set; }
    public int SuppressionThreshold { get; set; } = 10;
    public int Decimals { get; set; } = 1;
    public int SortOrder { get; set; }

    /// <summary>Where the values come from; see <see cref="ValueOrigin"/>. Reference data for the built-in indicators.</summary>
    public ValueOrigin Origin { get; set; } = ValueOrigin.Import;

    /// <summary>100 for a percentage, 1000 for per 1,000, 1 for a count.</summary>
    public int Scale => Unit switch
    {
        IndicatorUnit.Percentage => 100,
        IndicatorUnit.PerThousand => 1000,
        _ => 1,
    };

    public bool IsShare => Unit != IndicatorUnit.Count;
}

/// <summary>A copy of an indicator as it was before a change: who changed it, when, and what it was.</summary>
public sealed class IndicatorRevision
{
    public int Id { get; init; }
    public required string IndicatorCode { get; init; }
    public DateTime ChangedAt { get; init; }
    public required string ChangedBy { get; init; }
    public required string Snapshot { get; init; }

    /// <summary>What changed, in words: "Naam: 'oud' → 'nieuw'; Decimalen: 1 → 2".</summary>
    public required string Changes { get; init; }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>, IEntityTypeConfiguration<IndicatorRevision>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.HasKey(i => i.Code);
        indicator.Property(i => i.Code).HasMaxLength(12);
        indicator.Property(i => i.Name).HasMaxLength(200);
        indicator.Property(i => i.NumeratorDescription).HasMaxLength(400);
        indicator.Property(i => i.DenominatorDescription).HasMaxLength(400);
        indicator.Property(i => i.Source).HasMaxLength(200);
        indicator.Property(i => i.Phase).HasConversion<string>().HasMaxLength(20);
        indicator.Property(i => i.Unit).HasConversion<string>().HasMaxLength(20);
        indicator.Property(i => i.DesiredDirection).HasConversion<string>().HasMaxLength(10);
        indicator.Property(i => i.Set).HasConversion<string>().HasMaxLength(20);
        indicator.Property(i => i.Origin).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ValueOrigin.Import);
    }

    public void Configure(EntityTypeBuilder<IndicatorRevision> revision)
    {
        revision.Property(r => r.IndicatorCode).HasMaxLength(12);
        revision.Property(r => r.ChangedBy).HasMaxLength(256);
        revision.Property(r => r.Changes).HasMaxLength(4000);
        revision.HasIndex(r => r.IndicatorCode);
    }
}
