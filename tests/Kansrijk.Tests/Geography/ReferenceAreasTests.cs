using Kansrijk.Geography;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Geography;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ReferenceAreasTests
{
    private static readonly IReadOnlyList<Area> Areas = ReferenceAreas.ReadFromCsv(ReferenceAreas.DefaultCsvPath);

    [Fact]
    public void The_csv_gives_342_municipalities_12_provinces_25_ggd_regions_and_the_country()
    {
        Assert.Equal(342, Areas.Count(a => a.Type == AreaType.Municipality));
        Assert.Equal(12, Areas.Count(a => a.Type == AreaType.Province));
        Assert.Equal(25, Areas.Count(a => a.Type == AreaType.GgdRegion));
        Assert.Single(Areas, a => a.Code == "NL01" && a.Type == AreaType.Country);
        Assert.Equal(Areas.Count, Areas.Select(a => a.Code).Distinct().Count());
    }

    [Fact]
    public void Every_municipality_points_to_an_existing_province_and_ggd_region()
    {
        var codes = Areas.ToDictionary(a => a.Code, a => a.Type);
        foreach (var municipality in Areas.Where(a => a.Type == AreaType.Municipality))
        {
            Assert.Equal(AreaType.Province, codes[municipality.ProvinceCode!]);
            Assert.Equal(AreaType.GgdRegion, codes[municipality.GgdRegionCode!]);
        }
    }

    [Fact]
    public void Kennemerland_has_nine_municipalities_including_Haarlem()
    {
        var kennemerland = Areas.Where(a => a.GgdRegionCode == "GG3109").ToList();
        Assert.Equal(9, kennemerland.Count);
        Assert.Contains(kennemerland, a => a.Code == "GM0392" && a.Name == "Haarlem");
    }
}
