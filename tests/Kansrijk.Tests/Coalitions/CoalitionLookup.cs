using System.Text.Json;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Coalitions;

/// <summary>Finds demo coalitions through the public API, as another system would.</summary>
public static class CoalitionLookup
{
    /// <summary>The local coalition of a municipality (a regional one may hold it too).</summary>
    public static async Task<int> LocalOfAsync(KansrijkFactory app, string municipality) =>
        (await ListAsync(app)).Single(c => c.GetProperty("kind").GetString() == "Local"
            && c.GetProperty("municipalities").EnumerateArray().Any(m => m.GetString() == municipality)).GetProperty("id").GetInt32();

    public static async Task<int> NamedAsync(KansrijkFactory app, string name) =>
        (await ListAsync(app)).Single(c => c.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

    private static async Task<List<JsonElement>> ListAsync(KansrijkFactory app) =>
        (await app.NewClient().GetAllItemsAsync("/api/v1/coalitions"));
}
