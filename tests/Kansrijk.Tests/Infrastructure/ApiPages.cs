using System.Net.Http.Json;
using System.Text.Json;

namespace Kansrijk.Tests.Infrastructure;

/// <summary>Reads a paged API list whole, by following its next links.</summary>
public static class ApiPages
{
    public static async Task<List<JsonElement>> GetAllItemsAsync(this HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        string? next = url;
        var pages = 0;
        while (next is not null)
        {
            if (++pages > 1000)
            {
                throw new InvalidOperationException($"More than 1000 pages at {url}: the next links loop.");
            }
            var page = await client.GetFromJsonAsync<JsonElement>(next);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("links").TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.Object
                ? link.GetProperty("href").GetString()
                : null;
        }
        return items;
    }
}
