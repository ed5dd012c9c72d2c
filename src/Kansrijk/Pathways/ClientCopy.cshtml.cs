using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>
/// Her right of access: everything Kansrijk holds about her and every access to it from the access log, on one page to
/// print or save as PDF for her. Handing it over is itself logged.
/// </summary>
[Authorize]
public sealed class ClientCopyModel(Authorizer authorizer, PathwayService pathways, PathwayReader reader, KansrijkDb db, AccessLogWriter log) : PageModel
{
    public PathwayReader.Detail Detail { get; private set; } = null!;
    public IReadOnlyList<AccessLogEntry> Accesses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // Only an involved organisation hands her a copy; break-the-glass reads, it does not hand over.
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceOrNobodysAsync(id, ct), ct)) return Forbid();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await log.RecordAsync(new AccessEvent(AccessAction.Export, PathwayResources.Type, key, ClientId: key, Details: "Inzage voor de cliënt gemaakt"), ct);
        Detail = (await reader.DetailAsync(id, ct))!;
        Accesses = await db.AccessLog.AsNoTracking().Where(e => e.ClientId == key).OrderBy(e => e.Id).Take(5000).ToListAsync(ct);
        return Page();
    }

    public static string What(AccessLogEntry e) => (e.Action, e.Outcome) switch
    {
        (_, AccessOutcome.Denied) => "geweigerd",
        (AccessAction.Read, _) => "bekeken",
        (AccessAction.Create, _) => "vastgelegd",
        (AccessAction.Update, _) => "gewijzigd",
        (AccessAction.Delete, _) => "verwijderd",
        (AccessAction.Export, _) => "inzage gemaakt",
        _ => e.Action.ToString(),
    };
}
