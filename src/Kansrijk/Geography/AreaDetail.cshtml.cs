using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Geography;

public sealed class AreaDetailModel(AreaQueries areas) : PageModel
{
    public AreaDetail Detail { get; private set; } = null!;

    public string MembersHeading => Detail.Area.Type == AreaType.Country ? "Provincies" : "Gemeenten";

    public string MapCaption => Detail.Area.Type switch
    {
        AreaType.Municipality => $"{Detail.Area.Name} (donker) in {Detail.Province?.Name}.",
        AreaType.Country => "Nederland met de provincies.",
        _ => $"{Detail.Area.Name} (donker) in Nederland.",
    };

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var detail = await areas.DetailAsync(code, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }
        Detail = detail;
        return Page();
    }
}
