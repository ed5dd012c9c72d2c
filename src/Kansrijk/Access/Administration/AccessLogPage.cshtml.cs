using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Csv;
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

    /// <summary>The filtered log as CSV (at most 100,000 rows, newest first), cells neutralised for spreadsheets.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Filter.Apply(db).OrderByDescending(e => e.Id).Take(100_000).ToListAsync(ct);
        await log.RecordAsync(new AccessEvent(AccessAction.Export, "Toegangslog", Details: $"{rows.Count} regels; filter {Request.QueryString.Value}"), ct);
        using var text = new StringWriter();
        using (var csv = CsvExport.Open(text))
        {
            foreach (var header in new[] { "id", "tijd_utc", "gebruiker", "rol", "actie", "object", "object_id", "client", "uitkomst", "bronadres", "toelichting" })
                csv.WriteCell(header);
            csv.NextRecord();
            foreach (var e in rows)
            {
                foreach (var cell in new[] { e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AccessLogKey.FormatTime(e.OccurredAt), e.UserName, e.Role,
                    e.Action.ToString(), e.ObjectType, e.ObjectId, e.ClientId, e.Outcome.ToString(), e.SourceAddress, e.Details })
                    csv.WriteCell(cell);
                csv.NextRecord();
            }
        }
        return File(new System.Text.UTF8Encoding(true).GetBytes(text.ToString()), "text/csv; charset=utf-8", "toegangslog.csv");
    }

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Chain = await verifier.VerifyAsync(ct);
        await log.RecordAsync(new AccessEvent(AccessAction.Read, "Toegangslog", Details: Chain.Intact ? "Keten gecontroleerd: in orde" : $"Keten gecontroleerd: {Chain.Reason}"), ct);
        await LoadAsync(ct);
    }

    public string CsvUrl
    {
        get
        {
            var query = new QueryBuilder();
            foreach (var (key, value) in Request.Query.Where(q => q.Key is not (nameof(AccessLogFilter.Pagina)) and not "handler"))
            {
                query.Add(key, value.ToArray()!);
            }
            query.Add("handler", "Csv");
            return "/beheer/toegangslog" + query.ToQueryString();
        }
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
