using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.Administration;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Authorization.Permissions.Names.AccessLogRead)]
public sealed class AccessLogPageModel(KansrijkDb db, AccessLogWriter log, AccessLogVerifier verifier) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public AccessLogFilter Filter { get; set; } = new();
    public IReadOnlyList<AccessLogEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public ChainCheck? Chain { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await log.RecordAsync(new AccessEvent(AccessAction.Search, "Toegangslog", Details: Request.QueryString.Value), ct);
        await LoadAsync(ct);
    }

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Chain = await verifier.VerifyAsync(ct);
        await log.RecordAsync(new AccessEvent(AccessAction.Read, "Toegangslog", Details: Chain.Intact ? "Keten gecontroleerd: in orde" : $"Keten gecontroleerd: {Chain.Reason}"), ct);
        await LoadAsync(ct);
    }

    public string PageUrl(int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in Request.Query.Where(q => q.Key != nameof(AccessLogFilter.Pagina)))
        {
            query.Add(key, value.ToArray()!);
        }
        query.Add(nameof(AccessLogFilter.Pagina), page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/beheer/toegangslog" + query.ToQueryString();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Filter.Pagina = Math.Max(1, Filter.Pagina);
        var query = Filter.Apply(db);
        Total = await query.CountAsync(ct);
        Entries = await query.OrderByDescending(e => e.Id).Skip((Filter.Pagina - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }
}
