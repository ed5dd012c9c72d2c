using System.Text;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kansrijk.Monitor;

public static class MonitorEndpoints
{
    public sealed record IndicatorDto(string Code, string Name, string Phase, string Unit, string Numerator, string? Denominator,
        string Source, string DesiredDirection, string Set, int SuppressionThreshold, int Decimals, string Origin)
    {
        public static IndicatorDto From(Indicator i) => new(i.Code, i.Name, i.Phase.ToString(), i.Unit.ToString(), i.NumeratorDescription,
            i.DenominatorDescription, i.Source, i.DesiredDirection.ToString(), i.Set.ToString(), i.SuppressionThreshold, i.Decimals, i.Origin.ToString());
    }

    public sealed record ValueDto(string Indicator, string Area, string Period, long? Numerator, long? Denominator, decimal? Value,
        bool Suppressed, string Kind, string Source, bool Synthetic, int? Municipalities, int? MemberMunicipalities, bool InsufficientData,
        long? DefinitionDenominator, string? DefinitionDenominatorDescription)
    {
        public static ValueDto From(Indicator indicator, MonitorCell c) => new(c.IndicatorCode, c.AreaCode, c.Period, c.Numerator, c.Denominator,
            MonitorFormat.Rounded(indicator, c.Value), c.Suppressed, c.Kind.ToString().ToLowerInvariant(), c.Source, c.Synthetic,
            c.Municipalities, c.MemberMunicipalities, c.InsufficientData, c.DefinitionDenominator, c.DefinitionDenominatorDescription);
    }

    public sealed record ImportAnswer(int Added, int Replaced, int BatchId);

    public static IEndpointRouteBuilder MapMonitorEndpoints(this IEndpointRouteBuilder app)
    {
        var monitor = app.MapGroup("/monitor").WithTags("Monitor");

        monitor.MapGet("/indicators", async Task<Results<Ok<PagedList<IndicatorDto>>, ProblemHttpResult>> (int? page, int? pageSize, HttpRequest request,
            MonitorQueries queries, CancellationToken ct) =>
        {
            var paging = Paging.Read(page, pageSize);
            if (paging.Problem is ProblemHttpResult pagingProblem)
            {
                return pagingProblem;
            }
            return TypedResults.Ok(Paging.Of((await queries.IndicatorsAsync(ct)).Select(IndicatorDto.From), paging.Page, paging.Size, request));
        })
            .WithName("ListIndicators")
            .WithSummary("Alle indicatoren van de monitor met hun definitie.");

        monitor.MapGet("/values", async Task<Results<Ok<PagedList<ValueDto>>, ProblemHttpResult>> (string? indicator, string? area, string? period,
            int? page, int? pageSize, HttpRequest request, MonitorQueries queries, CancellationToken ct) =>
        {
            var paging = Paging.Read(page, pageSize, max: 1000, fallback: 500);
            if (paging.Problem is ProblemHttpResult pagingProblem)
            {
                return pagingProblem;
            }
            if (string.IsNullOrWhiteSpace(indicator) && string.IsNullOrWhiteSpace(area))
            {
                return TypedResults.Problem(statusCode: 400, title: "Te weinig gekozen", detail: "Kies een indicator, een gebied of allebei.");
            }
            var indicators = await queries.IndicatorsAsync(ct);
            var chosen = string.IsNullOrWhiteSpace(indicator) ? indicators : indicators.Where(i => i.Code == indicator.Trim().ToUpperInvariant()).ToList();
            if (chosen.Count == 0)
            {
                return TypedResults.Problem(statusCode: 404, title: "Indicator niet gevonden", detail: $"Er is geen indicator '{indicator}'.");
            }
            // One page is built; the rest of the list is only counted (the tables themselves are cached).
            var result = new List<IEnumerable<ValueDto>>();
            foreach (var i in chosen)
            {
                foreach (var table in await queries.TablesAsync(i.Code, ct))
                {
                    if (!string.IsNullOrWhiteSpace(period) && table.Period.ToString() != period.Trim())
                    {
                        continue;
                    }
                    var cells = table.All.Where(c => string.IsNullOrWhiteSpace(area) || c.AreaCode == area.Trim().ToUpperInvariant());
                    result.Add(cells.OrderBy(c => c.AreaCode, StringComparer.Ordinal).ThenBy(c => c.Kind).Select(c => ValueDto.From(i, c)));
                }
            }
            return TypedResults.Ok(Paging.Of(result.SelectMany(r => r), paging.Page, paging.Size, request));
        })
        .WithName("ListValues")
        .WithSummary("Cijfers per indicator, gebied en periode; kleine aantallen zijn onderdrukt (suppressed = true, zonder getallen). "
            + "Een berekend cijfer voor een regio, provincie of Nederland staat er alleen als genoeg gemeenten cijfers hebben "
            + "(municipalities van memberMunicipalities); anders insufficientData = true, zonder getallen. "
            + "Gepagineerd: pageSize tot 1000, standaard 500.");

        monitor.MapPost("/imports", async Task<Results<Created<ImportAnswer>, ProblemHttpResult>> (HttpRequest request,
            IndicatorImporter importer, AccessLogWriter log, CancellationToken ct) =>
        {
            // Only text/csv: a browser form cannot send it cross-site without a preflight, so no CSRF token is needed.
            if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Verkeerd formaat",
                    detail: "Stuur het bestand als CSV met Content-Type text/csv.");
            }
            var fileName = request.Headers["X-Bestandsnaam"].FirstOrDefault() ?? "api-upload.csv";
            var source = request.Headers["X-Bron"].FirstOrDefault() ?? "Aangeleverd via de API";
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var result = await importer.ImportAsync(reader, fileName, source, request.HttpContext.User.Identity?.Name ?? "onbekend", cancellationToken: ct);
            await log.RecordAsync(new AccessEvent(AccessAction.Create, "Indicatorimport", result.BatchId?.ToString(),
                result.Succeeded ? AccessOutcome.Success : AccessOutcome.Failure, Details: $"{fileName}: {result.Added} nieuw, {result.Replaced} vervangen, {result.Errors.Count} fouten"), ct);
            if (!result.Succeeded)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Import geweigerd",
                    detail: $"Er is niets opgeslagen: {result.Errors.Count} fouten.",
                    extensions: new Dictionary<string, object?> { ["errors"] = result.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Message }).ToList() });
            }
            return TypedResults.Created($"/api/v1/monitor/imports/{result.BatchId}", new ImportAnswer(result.Added, result.Replaced, result.BatchId!.Value));
        })
        .RequireAuthorization(Permissions.Names.MonitorImport)
        .WithName("ImportValues")
        .WithSummary("Importeert een CSV (Content-Type text/csv) met kopregel indicator,gebied,periode,teller,noemer,waarde. Alles of niets.");

        return app;
    }
}
