using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Geography;

public sealed class AreaSearchModel(AreaQueries areas) : PageModel
{
    public static readonly AreaType[] Types = [AreaType.Municipality, AreaType.GgdRegion, AreaType.Province, AreaType.Country];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "soort")] public string? Soort { get; set; }

    public AreaType? Type => AreaTypeNames.FromApi(Soort);
    public IReadOnlyList<Area> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await areas.SearchAsync(Q, Type, cancellationToken);
}
