using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Monitor;

/// <summary>
/// The denominator an indicator's definition uses for an area and year, where that is not "the municipalities that
/// answered": L01 and L02 count municipalities with a coalition or a plan among the municipalities that received the
/// impulse funds (sixth progress report, 2022: 166 of them = 61%). A yes/no indicator at area level is shown as a
/// percentage only with such a denominator (or, for L04 and L05, all municipalities of the area).
/// </summary>
public sealed class DefinitionDenominator
{
    public int Id { get; init; }
    public required string IndicatorCode { get; init; }
    public required string AreaCode { get; init; }
    public int Year { get; init; }
    public long Count { get; set; }

    /// <summary>What is counted, in Dutch: "gemeenten met impulsgelden Kansrijke Start".</summary>
    public required string Description { get; set; }

    public required string Source { get; set; }
}

internal sealed class DefinitionDenominatorConfiguration : IEntityTypeConfiguration<DefinitionDenominator>
{
    public void Configure(EntityTypeBuilder<DefinitionDenominator> denominator)
    {
        denominator.Property(d => d.IndicatorCode).HasMaxLength(12);
        denominator.Property(d => d.AreaCode).HasMaxLength(12);
        denominator.Property(d => d.Description).HasMaxLength(200);
        denominator.Property(d => d.Source).HasMaxLength(400);
        denominator.HasIndex(d => new { d.IndicatorCode, d.AreaCode, d.Year }).IsUnique();
    }
}

/// <summary>The known definition denominators, added at every start when missing (reference data, like the catalogue).</summary>
public static class DefinitionDenominators
{
    public const string ImpulseMunicipalities = "gemeenten met impulsgelden Kansrijke Start";

    private const string Report = "Afgeleid uit de zesde voortgangsrapportage Kansrijke Start (VWS, april 2023): 166 gemeenten met een "
        + "coalitie = 61% van de gemeenten met impulsgelden, dus 270 tot 274; het rapport noemt 272 lokale coalities 2018–2022. "
        + "Vervang door het officiële aantal zodra dat bekend is.";

    /// <summary>L04 and L05 count among all municipalities of the area, so the geography gives their denominator.</summary>
    public static IReadOnlyList<string> AllMunicipalities { get; } = ["L04", "L05"];

    public static IReadOnlyList<DefinitionDenominator> Builtin { get; } =
    [
        new() { IndicatorCode = "L01", AreaCode = "NL01", Year = 2022, Count = 272, Description = ImpulseMunicipalities, Source = Report },
        new() { IndicatorCode = "L02", AreaCode = "NL01", Year = 2022, Count = 272, Description = ImpulseMunicipalities, Source = Report },
    ];

    public static async Task EnsureAsync(KansrijkDb db, CancellationToken cancellationToken = default)
    {
        var existing = await db.DefinitionDenominators.Select(d => new { d.IndicatorCode, d.AreaCode, d.Year }).ToListAsync(cancellationToken);
        foreach (var d in Builtin.Where(b => !existing.Any(e => e.IndicatorCode == b.IndicatorCode && e.AreaCode == b.AreaCode && e.Year == b.Year)))
        {
            db.DefinitionDenominators.Add(new DefinitionDenominator
            {
                IndicatorCode = d.IndicatorCode,
                AreaCode = d.AreaCode,
                Year = d.Year,
                Count = d.Count,
                Description = d.Description,
                Source = d.Source,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
