using System.Diagnostics;
using CsCheck;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Kansrijk.Tests.Monitor;

/// <summary>
/// The suppression invariant (docs/decisions/0009) as a property over the real 2025 geography as each database holds
/// it: for thousands of random datasets with many small counts, gaps and partial coverage, no hidden cell can be worked
/// out from what <see cref="MonitorQueries.Compute"/> publishes, by any sum the pages and the API publish.
/// </summary>
public abstract class SuppressionPropertyTests(KansrijkFactory app, ITestOutputHelper output)
{
    private const int Datasets = 2000;

    private async Task<List<Area>> GeographyAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        return await db.Areas.AsNoTracking().ToListAsync();
    }

    private static Indicator NewIndicator(bool share) => new()
    {
        Code = "PROP",
        Name = "Eigenschapstest",
        Unit = share ? IndicatorUnit.Percentage : IndicatorUnit.Count,
        NumeratorDescription = "teller",
        DenominatorDescription = share ? "noemer" : null,
        Source = "test",
        SuppressionThreshold = 10,
    };

    /// <summary>A count that is small (0–9) a third of the time, near the threshold a third, large otherwise.</summary>
    private static long Count(int size, int raw) => size switch
    {
        0 => raw % 10,
        1 => 10 + raw % 21,
        _ => raw,
    };

    [Fact]
    public async Task No_hidden_count_can_be_worked_back_from_the_published_cells_of_random_datasets()
    {
        var areas = await GeographyAsync();
        var municipalities = areas.Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(342, municipalities.Length); // the 2025 geography
        var geography = new AreaSums(areas);
        var checker = new DisclosureChecker(areas);

        var perMunicipality = Gen.Select(Gen.Int[0, 99], Gen.Int[0, 2], Gen.Int[0, 400], Gen.Int[0, 2], Gen.Int[0, 4000]);
        // share of municipalities with data (5–100%), a share or a count indicator, with or without the coverage rule
        var datasets = Gen.Select(Gen.Int[5, 100], Gen.Bool, Gen.Bool, perMunicipality.Array[municipalities.Length]);

        var hiddenSeen = 0L;
        var watch = Stopwatch.StartNew();
        datasets.Sample((coverage, share, coverageRule, rows) =>
        {
            var values = new List<MonitorQueries.StoredValue>();
            for (var i = 0; i < rows.Length; i++)
            {
                var (present, nSize, nRaw, rSize, rRaw) = rows[i];
                if (present >= coverage) continue;
                var numerator = Count(nSize, nRaw);
                long? denominator = share ? numerator + Count(rSize, rRaw) : null;
                values.Add(new(municipalities[i], "2024", 2024, 2024, numerator, denominator, null, "test", false));
            }
            var table = MonitorQueries.Compute(NewIndicator(share), new Period(2024, 2024), values, geography, coverageRule ? 0.5 : 0);

            var cells = table.Computed.Values.ToList();
            Assert.All(cells.Where(c => c.Suppressed || c.InsufficientData), c => Assert.True(c.Numerator is null && c.Denominator is null && c.Value is null));
            var withoutNumbers = cells.Where(c => c.Suppressed || c.InsufficientData).Select(c => c.AreaCode).ToHashSet();
            var hidden = cells.Where(c => c.Suppressed).Select(c => c.AreaCode).ToHashSet();
            hiddenSeen += hidden.Count;
            var leaked = checker.Derivable(withoutNumbers).Where(hidden.Contains).ToList();
            Assert.True(leaked.Count == 0, $"Derivable although hidden: {string.Join(", ", leaked)}");
            // nothing under the threshold is ever shown
            Assert.DoesNotContain(cells, c => !c.Suppressed && c.Numerator is { } n && (n < 10 || c.Denominator - n < 10));
        }, iter: Datasets, threads: 1);
        output.WriteLine($"{Datasets} datasets, {hiddenSeen} hidden cells in all, {checker.RelationCount} relations, {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(hiddenSeen > Datasets, "the datasets should hide many cells");
    }

    [Fact]
    public async Task A_province_that_is_one_ggd_region_is_hidden_together_with_it()
    {
        // The leak that was: Zeeland hidden (small), Flevoland hidden as the smallest other province, GGD Flevoland still
        // shown, so Netherlands − the shown provinces − GGD Flevoland = Zeeland.
        var areas = await GeographyAsync();
        var geography = new AreaSums(areas);
        var values = areas.Where(a => a.Type == AreaType.Municipality).Select(m => new MonitorQueries.StoredValue(m.Code, "2024", 2024, 2024,
            m.ProvinceCode switch { "PV29" => 0, "PV24" => 20, _ => 200 }, 1000, null, "test", false)).ToList();
        var table = MonitorQueries.Compute(NewIndicator(true), new Period(2024, 2024), values, geography);
        var withoutNumbers = table.Computed.Values.Where(c => c.Suppressed).Select(c => c.AreaCode).ToHashSet();
        Assert.Contains("PV29", withoutNumbers);
        Assert.Empty(new DisclosureChecker(areas).Derivable(withoutNumbers));
        foreach (var province in areas.Where(a => a.Type == AreaType.Province))
        {
            var regions = areas.Where(a => a.Type == AreaType.GgdRegion && a.ProvinceCode == province.Code).ToList();
            if (regions.Count == 1)
            {
                Assert.Equal(withoutNumbers.Contains(province.Code), withoutNumbers.Contains(regions[0].Code));
            }
        }
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SuppressionPropertySqliteTests(SqliteApp app, ITestOutputHelper output) : SuppressionPropertyTests(app, output);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class SuppressionPropertyPostgresTests(PostgresApp app, ITestOutputHelper output) : SuppressionPropertyTests(app, output);
