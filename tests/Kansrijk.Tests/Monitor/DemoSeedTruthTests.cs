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

    [Theory]
    [InlineData("L07")]
    [InlineData("L12")]
    public void Haarlem_stays_below_the_generated_national_figure_where_its_action_plan_says_so(string indicator)
    {
        Assert.Contains((indicator, "GM0392"), MonitorDemoData.BelowNational);
        var rows = Generated(indicator);
        foreach (var year in rows.Select(r => r.Year).Distinct())
        {
            var all = rows.Where(r => r.Year == year).ToList();
            var national = (double)all.Sum(r => r.Numerator) / all.Sum(r => r.Denominator);
            // a year with a real Haarlem figure is not generated
            if (all.SingleOrDefault(r => r.Area == "GM0392") is { Area: not null } haarlem)
            {
                Assert.True((double)haarlem.Numerator / haarlem.Denominator < national, $"{indicator} {year}: Haarlem {(double)haarlem.Numerator / haarlem.Denominator:P2} against {national:P2}");
            }
        }
        Assert.Contains(rows, r => r.Area == "GM0392");
    }
}
