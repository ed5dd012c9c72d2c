using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Geography;

/// <summary>
/// Loads the CBS areas of 2025 (Geography/Data/gemeenten-2025.csv) into the database: adds what is missing and
/// corrects names, so running it at every start is safe.
/// </summary>
public static class ReferenceAreas
{
    public const string Attribution = "Bron: CBS / PDOK, gebiedsindelingen 2025 (CC BY 4.0)";

    public static IReadOnlyList<Area> ReadFromCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<MunicipalityRow>().ToList();

        var areas = new List<Area> { NewArea(Area.NetherlandsCode, "Nederland", AreaType.Country, null, null) };
        areas.AddRange(rows.DistinctBy(r => r.ProvinceCode)
            .Select(r => NewArea(r.ProvinceCode, r.ProvinceName, AreaType.Province, null, null)));
        areas.AddRange(rows.DistinctBy(r => r.GgdRegionCode)
            .Select(r => NewArea(r.GgdRegionCode, r.GgdRegionName, AreaType.GgdRegion, r.ProvinceCode, null)));
        areas.AddRange(rows.Select(r => NewArea(r.Code, r.Name, AreaType.Municipality, r.ProvinceCode, r.GgdRegionCode)));
        return areas;
    }

    public static async Task<int> LoadAsync(KansrijkDb db, string path, CancellationToken cancellationToken = default)
    {
        var wanted = ReadFromCsv(path);
        var existing = await db.Areas.ToDictionaryAsync(a => a.Code, cancellationToken);
        var added = 0;
        foreach (var area in wanted)
        {
            if (existing.TryGetValue(area.Code, out var current))
            {
                current.Name = area.Name;
                current.SearchName = area.SearchName;
                current.ProvinceCode = area.ProvinceCode;
                current.GgdRegionCode = area.GgdRegionCode;
            }
            else
            {
                db.Areas.Add(area);
                added++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public static string DefaultCsvPath => Path.Combine(AppContext.BaseDirectory, "Geography", "Data", "gemeenten-2025.csv");

    private static Area NewArea(string code, string name, AreaType type, string? province, string? ggdRegion) => new()
    {
        Code = code,
        Name = name,
        Type = type,
        ProvinceCode = province,
        GgdRegionCode = ggdRegion,
        SearchName = SearchText.Normalise($"{name} {code}"),
    };

    private sealed class MunicipalityRow
    {
        [Name("gemeentecode")] public string Code { get; set; } = "";
        [Name("gemeentenaam")] public string Name { get; set; } = "";
        [Name("provinciecode")] public string ProvinceCode { get; set; } = "";
        [Name("provincienaam")] public string ProvinceName { get; set; } = "";
        [Name("ggdregiocode")] public string GgdRegionCode { get; set; } = "";
        [Name("ggdregionaam")] public string GgdRegionName { get; set; } = "";
    }
}
