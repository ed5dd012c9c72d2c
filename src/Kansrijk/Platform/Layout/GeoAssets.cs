using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace Kansrijk.Platform.Layout;

/// <summary>
/// The fingerprinted addresses of the map boundaries, for a map's <c>data-geo</c> attribute: the script fetches them
/// there, so a browser keeps them for a year and loads each once (MapStaticAssets).
/// </summary>
public static class GeoAssets
{
    public static readonly string[] Layers = ["gemeente_2025", "provincie_2025", "ggdregio_2025"];

    public static string Json(HttpContext context)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return JsonSerializer.Serialize(Layers.ToDictionary(l => l, l => Rooted(assets?[$"geo/{l}.topojson"] ?? $"geo/{l}.topojson")));
    }

    private static string Rooted(string url) => url.StartsWith('/') ? url : "/" + url;
}
