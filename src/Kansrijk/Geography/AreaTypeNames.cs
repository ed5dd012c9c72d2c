namespace Kansrijk.Geography;

public static class AreaTypeNames
{
    public static string Dutch(AreaType type) => type switch
    {
        AreaType.Country => "Land",
        AreaType.Province => "Provincie",
        AreaType.GgdRegion => "GGD-regio",
        AreaType.Municipality => "Gemeente",
        _ => type.ToString(),
    };

    /// <summary>The heading of a group of areas of one kind, e.g. in a grouped select.</summary>
    public static string Plural(AreaType type) => type switch
    {
        AreaType.Country => "Land",
        AreaType.Province => "Provincies",
        AreaType.GgdRegion => "GGD-regio's",
        AreaType.Municipality => "Gemeenten",
        _ => type.ToString(),
    };

    /// <summary>The names the API uses in <c>?type=</c> and in its answers.</summary>
    public static string Api(AreaType type) => type switch
    {
        AreaType.Country => "country",
        AreaType.Province => "province",
        AreaType.GgdRegion => "ggdregion",
        AreaType.Municipality => "municipality",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static AreaType? FromApi(string? value) =>
        Enum.GetValues<AreaType>().Cast<AreaType?>().FirstOrDefault(t => string.Equals(Api(t!.Value), value, StringComparison.OrdinalIgnoreCase));
}
