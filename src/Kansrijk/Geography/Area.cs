namespace Kansrijk.Geography;

public enum AreaType { Country, Province, GgdRegion, Municipality }

/// <summary>A municipality, province, GGD region or the Netherlands, keyed by its CBS code.</summary>
public sealed class Area
{
    public const string NetherlandsCode = "NL01";

    public required string Code { get; init; }
    public required string Name { get; set; }
    public AreaType Type { get; init; }
    public string? ProvinceCode { get; set; }
    public string? GgdRegionCode { get; set; }

    /// <summary>Lower case, without accents: the same search on SQLite and PostgreSQL.</summary>
    public string SearchName { get; set; } = "";
}
