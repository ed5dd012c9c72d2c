using System.Globalization;
using System.Text;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Demo;

/// <summary>
/// Monitor figures for the demo, loaded through the same importer as any CSV. Two batches:
/// real published figures with their source (docs/indicators.md, the seeds), and a generated dataset for
/// every municipality, marked synthetic so it is labelled "synthetisch — alleen voor demonstratie" everywhere.
/// </summary>
public sealed class MonitorDemoData(KansrijkDb db, IndicatorImporter importer)
{
    public const string RealFile = "demo-echte-cijfers.csv";
    public const string SyntheticFile = "demo-synthetisch.csv";

    /// <summary>Published figures: indicator, area, period, value, source.</summary>
    public static readonly (string Indicator, string Area, string Period, decimal Value, string Source)[] RealFigures =
    [
        ("L01", "NL01", "2020", 21m, VwsReport), ("L01", "NL01", "2021", 51m, VwsReport), ("L01", "NL01", "2022", 61m, VwsReport),
        ("L02", "NL01", "2022", 63m, VwsReport), ("L03", "NL01", "2022", 78m, VwsReport), ("L04", "NL01", "2022", 72m, VwsReport),
        ("L05", "NL01", "2022", 46m, VwsReport), ("L06", "NL01", "2022", 43m, VwsReport), ("L07", "NL01", "2020", 21.9m, VwsReport),
        ("L08", "NL01", "2021", 1.7m, VwsReport), ("L09", "NL01", "2022", 22m, VwsReport), ("L10", "NL01", "2020", 6.3m, VwsReport),
        ("L11", "NL01", "2017", 8.1m, VwsReport), ("L11", "NL01", "2021", 7.2m, VwsReport), ("L12", "NL01", "2021", 14.8m, VwsReport),
        ("L13", "NL01", "2021", 5.0m, VwsReport), ("L14", "NL01", "2021", 8.1m, VwsReport), ("L15", "NL01", "2021", 1.8m, VwsReport),
        // Haarlem's action plan gives Big2 per 1,000 births; stored here as the percentage L12 uses.
        ("L12", "GM0392", "2017", 15.01m, Haarlem), ("L12", "GM0392", "2018", 14.75m, Haarlem), ("L12", "GM0392", "2019", 14.71m, Haarlem),
        ("L12", "NL01", "2017", 16.07m, Haarlem), ("L12", "NL01", "2018", 15.90m, Haarlem), ("L12", "NL01", "2019", 15.75m, Haarlem),
        ("LM07", "GM0392", "2017", 5.0m, Haarlem), ("LM07", "GM0392", "2018", 4.6m, Haarlem), ("LM07", "GM0392", "2019", 4.1m, Haarlem),
        ("LM07", "NL01", "2017", 4.4m, Haarlem), ("LM07", "NL01", "2018", 4.5m, Haarlem), ("LM07", "NL01", "2019", 4.5m, Haarlem),
        ("LM07", "GM0518", "2009-2013", 8.2m, DenHaag), ("LM07", "GM0518", "2014-2018", 6.6m, DenHaag),
    ];

    private const string VwsReport = "VWS, zesde voortgangsrapportage Kansrijke Start (april 2023)";
    private const string Haarlem = "Gemeente Haarlem, Kansrijke Start Haarlem (januari 2022)";
    private const string DenHaag = "Praktijkvoorbeeld Haagse Kansrijke Start";

    /// <summary>Indicators with generated municipal counts, each with a national base rate (per its scale).</summary>
    private static readonly (string Code, double Rate)[] Generated =
    [
        ("L07", 0.22), ("L08", 0.017), ("L10", 0.063), ("L11", 0.075), ("L12", 0.15), ("L13", 0.05), ("L14", 0.081),
        ("L15", 0.0018), ("LM04", 0.06), ("LM07", 0.0045),
    ];

    public const int FirstYear = 2016;
    public const int LastYear = 2024;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.ImportBatches.AnyAsync(b => b.FileName == RealFile, cancellationToken))
        {
            foreach (var source in RealFigures.Select(f => f.Source).Distinct())
            {
                var csv = new StringBuilder("indicator;gebied;periode;teller;noemer;waarde\n");
                foreach (var f in RealFigures.Where(f => f.Source == source))
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{f.Indicator};{f.Area};{f.Period};;;{f.Value.ToString(CultureInfo.InvariantCulture)}\n");
                }
                await CheckAsync(importer.ImportAsync(new StringReader(csv.ToString()), RealFile, source, "demo", cancellationToken: cancellationToken));
            }
        }
        if (!await db.ImportBatches.AnyAsync(b => b.FileName == SyntheticFile, cancellationToken))
        {
            var municipalities = await db.Areas.Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).ToListAsync(cancellationToken);
            var csv = SyntheticCsv(municipalities.Order(StringComparer.Ordinal).ToList());
            await CheckAsync(importer.ImportAsync(new StringReader(csv), SyntheticFile, "Gegenereerd voor de demo (" + MonitorNames.SyntheticLabel + ")", "demo", synthetic: true, cancellationToken));
        }
    }

    /// <summary>
    /// Deterministic counts per municipality and year, plus the pooled period of the last five years (the sum of
    /// those years, as the monitor pools small municipalities). Cells with a real figure are left out.
    /// </summary>
    public static string SyntheticCsv(IReadOnlyList<string> municipalities, int firstYear = FirstYear, int lastYear = LastYear, IReadOnlyList<string>? indicators = null)
    {
        var real = RealFigures.Select(f => (f.Indicator, f.Area, f.Period)).ToHashSet();
        var csv = new StringBuilder("indicator;gebied;periode;teller;noemer;waarde\n");
        foreach (var (code, rate) in Generated.Where(g => indicators is null || indicators.Contains(g.Code)))
        {
            foreach (var municipality in municipalities)
            {
                var random = new Random(StableHash(code + municipality));
                var births = (int)Math.Round(80 + Math.Pow(random.NextDouble(), 3) * 9000);
                var factor = 0.6 + random.NextDouble();
                var knownBirths = KnownBirths.TryGetValue(municipality, out var known);
                // A seed says where this place stands against the country: the generated figures must not contradict it.
                var belowNational = BelowNational.Contains((code, municipality));
                if (belowNational)
                {
                    factor = 0.85;
                }
                long poolNumerator = 0, poolDenominator = 0;
                for (var year = firstYear; year <= lastYear; year++)
                {
                    var trend = 1 - 0.015 * (year - firstYear);
                    var spread = 0.9 + 0.2 * random.NextDouble();
                    var denominator = knownBirths ? KnownBirthsIn(municipality, year, known) : (long)Math.Round(births * spread);
                    var noise = 0.85 + 0.3 * random.NextDouble();
                    var numerator = KnownPeriodRate(code, municipality, year) is { } seedRate
                        ? (long)Math.Round(denominator * seedRate)
                        : Math.Min(denominator, (long)Math.Round(denominator * rate * factor * trend * (belowNational ? 1 : noise)));
                    if (year > lastYear - 5)
                    {
                        poolNumerator += numerator;
                        poolDenominator += denominator;
                    }
                    var period = year.ToString(CultureInfo.InvariantCulture);
                    if (!real.Contains((code, municipality, period)))
                    {
                        csv.Append(CultureInfo.InvariantCulture, $"{code};{municipality};{period};{numerator};{denominator};\n");
                    }
                }
                csv.Append(CultureInfo.InvariantCulture, $"{code};{municipality};{lastYear - 4}-{lastYear};{poolNumerator};{poolDenominator};\n");
            }
        }
        return csv.ToString();
    }

    /// <summary>
    /// What a seed says about a real municipality against the national average. The Haarlem note (januari 2022): Big2
    /// "ligt in Haarlem onder het landelijk gemiddelde" and perinatal mortality "blijft in Haarlem onder het landelijk
    /// gemiddelde". The generated figures for these keep Haarlem below the generated national figure in every year.
    /// The same note: the start of pregnancy care before 10 weeks "ligt in Haarlem hoger dan gemiddeld" (78,4% against
    /// 72,6% in 2019), so L07, the start after the 10th week, stays below the national figure too.
    /// </summary>
    public static IReadOnlySet<(string Indicator, string Municipality)> BelowNational { get; } =
        new HashSet<(string, string)> { ("L12", "GM0392"), ("LM07", "GM0392"), ("L07", "GM0392") };

    /// <summary>
    /// Births a year that a seed gives for a real municipality: Haarlem "ongeveer 1900 kinderen" a year, 1834 in 2020
    /// (Haarlem note, januari 2022); Den Haag about 6500 (docs/indicators.md). The generated counts of these places
    /// use them as denominator instead of a random size.
    /// </summary>
    public static IReadOnlyDictionary<string, int> KnownBirths { get; } = new Dictionary<string, int> { ["GM0392"] = 1900, ["GM0518"] = 6500 };

    /// <summary>Births in a year a seed names exactly (Haarlem 2020: 1834).</summary>
    public static IReadOnlyDictionary<(string Municipality, int Year), int> KnownBirthsInYear { get; } = new Dictionary<(string, int), int> { [("GM0392", 2020)] = 1834 };

    /// <summary>
    /// A figure a seed gives for a real municipality over a period of years, per 1,000: Den Haag's perinatal mortality
    /// "daalde in 2014 tot 2018 naar 6,6 per 1000" (praktijkvoorbeeld Den Haag). Generated years inside the period get
    /// that rate, so together they give the seed's figure.
    /// </summary>
    public static IReadOnlyList<(string Indicator, string Municipality, int From, int To, decimal PerThousand)> KnownPeriods { get; } =
        [("LM07", "GM0518", 2014, 2018, 6.6m)];

    private static long KnownBirthsIn(string municipality, int year, int perYear) =>
        KnownBirthsInYear.TryGetValue((municipality, year), out var exact) ? exact
            // a small steady wobble around the seed's figure, the same for every indicator (no random size per indicator)
            : (long)Math.Round(perYear * (1 + 0.01 * (StableHash(municipality + year.ToString(CultureInfo.InvariantCulture)) % 5 - 2)));

    private static double? KnownPeriodRate(string indicator, string municipality, int year) =>
        KnownPeriods.Where(k => k.Indicator == indicator && k.Municipality == municipality && k.From <= year && year <= k.To)
            .Select(k => (double?)((double)k.PerThousand / 1000)).FirstOrDefault();

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash & 0x7fffffff;
        }
    }

    private static async Task CheckAsync(Task<ImportResult> import)
    {
        var result = await import;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo monitor data did not import: " + string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        }
    }
}
