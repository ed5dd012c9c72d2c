using System.Globalization;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Monitor;

/// <summary>Issue 12 item 6: the synthetic demo figures tell no untruth about a real place that a seed describes.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class DemoSeedTruthTests
{
    private static readonly IReadOnlyList<string> Municipalities =
        [.. ReferenceAreas.ReadFromCsv(ReferenceAreas.DefaultCsvPath).Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).Order(StringComparer.Ordinal)];

    private static List<(string Area, int Year, long Numerator, long Denominator)> Generated(string indicator) =>
        [.. MonitorDemoData.SyntheticCsv(Municipalities, indicators: [indicator]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(';'))
            .Where(f => !f[2].Contains('-', StringComparison.Ordinal))
            .Select(f => (f[1], int.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture), long.Parse(f[4], CultureInfo.InvariantCulture)))];

    /// <summary>The national figure of a year: the real one where a seed gives it, otherwise the sum of the generated municipalities.</summary>
    private static double National(string indicator, int year, IEnumerable<(string Area, int Year, long Numerator, long Denominator)> rows)
    {
        var real = MonitorDemoData.RealFigures.Where(f => f.Indicator == indicator && f.Area == "NL01" && f.Period == year.ToString(CultureInfo.InvariantCulture)).ToList();
        if (real.Count == 1) return (double)real[0].Value / 100;
        var all = rows.Where(r => r.Year == year).ToList();
        return (double)all.Sum(r => r.Numerator) / all.Sum(r => r.Denominator);
    }

    [Theory]
    [InlineData("L07")] // Haarlem note: start of care before week 10 "ligt in Haarlem hoger dan gemiddeld", so after week 10 lower
    [InlineData("L12")] // Haarlem note: Big2 "ligt in Haarlem onder het landelijk gemiddelde"
    [InlineData("LM07")] // Haarlem note: perinatal mortality "blijft in Haarlem onder het landelijk gemiddelde"
    public void Haarlem_stays_below_the_national_figure_where_its_action_plan_says_so(string indicator)
    {
        Assert.Contains((indicator, "GM0392"), MonitorDemoData.BelowNational);
        var rows = Generated(indicator);
        var haarlem = rows.Where(r => r.Area == "GM0392").ToList();
        Assert.NotEmpty(haarlem);
        foreach (var year in haarlem)
        {
            // LM07 per 1,000 shown with one decimal: below must still be below after rounding
            var own = Math.Round(1000.0 * year.Numerator / year.Denominator, 1);
            var national = Math.Round(1000 * National(indicator, year.Year, rows), 1);
            Assert.True(own < national, $"{indicator} {year.Year}: Haarlem {own} against {national} per 1,000");
        }
    }

    [Fact]
    public void Den_Haag_perinatal_mortality_over_2014_to_2018_is_the_seeds_6_6_per_1000()
    {
        // praktijkvoorbeeld Den Haag: "daalde in 2014 tot 2018 naar 6,6 per 1000"
        Assert.Contains(("LM07", "GM0518", 2014, 2018, 6.6m), MonitorDemoData.KnownPeriods);
        var years = Generated("LM07").Where(r => r.Area == "GM0518" && r.Year is >= 2014 and <= 2018).ToList();
        Assert.Equal([2016, 2017, 2018], years.Select(r => r.Year).Order());
        Assert.Equal(6.6, Math.Round(1000.0 * years.Sum(r => r.Numerator) / years.Sum(r => r.Denominator), 1));
    }

    [Theory]
    [InlineData("GM0392", 1800, 2000)] // Haarlem note: "ongeveer 1900 kinderen" a year
    [InlineData("GM0518", 6000, 7000)] // docs/indicators.md: Den Haag about 6500 births a year
    public void The_births_of_a_place_a_seed_describes_are_about_what_the_seed_says(string municipality, int low, int high)
    {
        foreach (var (indicator, _) in new[] { ("LM07", 0), ("L12", 0), ("L07", 0) })
        {
            var rows = Generated(indicator).Where(r => r.Area == municipality).ToList();
            Assert.All(rows, r => Assert.InRange(r.Denominator, low, high));
            // Haarlem note: "In 2020 waren dit er 1834"
            if (municipality == "GM0392") Assert.Equal(1834, rows.Single(r => r.Year == 2020).Denominator);
        }
    }
}
