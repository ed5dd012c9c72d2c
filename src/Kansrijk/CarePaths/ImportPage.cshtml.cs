using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CarePaths;

/// <summary>Import of organisations and offers from a CSV or JSON file: all or nothing, with a report by row and column.</summary>
[Authorize]
public sealed class CarePathImportModel(Authorizer authorizer, SocialMapTransfer transfer) : PageModel
{
    public TransferResult? Result { get; private set; }
    public string? FileError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var scope = await authorizer.ScopeAsync(ct);
        if (!scope.Any) return Forbid();
        if (file is null || file.Length == 0)
        {
            FileError = "Kies een CSV- of JSON-bestand.";
            return Page();
        }
        using var reader = new StreamReader(file.OpenReadStream());
        var content = await reader.ReadToEndAsync(ct);
        var json = file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || content.TrimStart('\uFEFF').TrimStart().StartsWith('[');
        Result = await transfer.ImportAsync(content, json, scope, User.Identity!.Name!, ct);
        return Page();
    }
}
