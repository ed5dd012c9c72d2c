using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Monitor;

/// <summary>The area chooser on /monitor works without script: a GET with ?code= lands on the area's page.</summary>
public sealed class AreaRedirectModel : PageModel
{
    public IActionResult OnGet(string? code) =>
        string.IsNullOrWhiteSpace(code) ? Redirect("/monitor") : Redirect($"/monitor/gebied/{Uri.EscapeDataString(code.Trim().ToUpperInvariant())}");
}
