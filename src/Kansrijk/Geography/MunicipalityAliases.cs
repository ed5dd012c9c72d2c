using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;

namespace Kansrijk.Geography;

/// <summary>
/// Names people use for a municipality that are not its CBS name: "Den Haag" for 's-Gravenhage, "Den Bosch" for
/// 's-Hertogenbosch, a town for the municipality it lies in. Data with a source per row: Geography/Data/gemeente-aliassen.csv.
/// </summary>
public sealed class MunicipalityAliases
{
    public sealed record Alias(string Name, string MunicipalityCode, string Kind, string Source)
    {
        public string SearchName { get; } = SearchText.Normalise(Name);
    }

    private static readonly Lazy<MunicipalityAliases> Default = new(() => Read(Path.Combine(AppContext.BaseDirectory, "Geography", "Data", "gemeente-aliassen.csv")));

    public static MunicipalityAliases Instance => Default.Value;

    public IReadOnlyList<Alias> All { get; }

    private MunicipalityAliases(IReadOnlyList<Alias> all) => All = all;

    public static MunicipalityAliases Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return new MunicipalityAliases([.. csv.GetRecords<Row>().Select(r => new Alias(r.Name.Trim(), r.Code.Trim(), r.Kind.Trim(), r.Source.Trim()))]);
    }

    /// <summary>The municipality codes whose alias contains the text (folded like <see cref="SearchText"/>).</summary>
    public IReadOnlyList<string> CodesMatching(string? text)
    {
        var folded = SearchText.Normalise(text);
        return folded.Length == 0 ? [] : [.. All.Where(a => a.SearchName.Contains(folded, StringComparison.Ordinal)).Select(a => a.MunicipalityCode).Distinct()];
    }

    /// <summary>The aliases of one municipality, for a label such as "'s-Gravenhage (Den Haag)".</summary>
    public IReadOnlyList<string> NamesOf(string municipalityCode) =>
        [.. All.Where(a => a.MunicipalityCode == municipalityCode).Select(a => a.Name)];

    private sealed class Row
    {
        [Name("naam")] public string Name { get; set; } = "";
        [Name("gemeentecode")] public string Code { get; set; } = "";
        [Name("soort")] public string Kind { get; set; } = "";
        [Name("bron")] public string Source { get; set; } = "";
    }
}
