using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kansrijk.CarePaths;

public static class CarePathEndpoints
{
    public sealed record ContactDto(string? Phone, string? Email, string? Website, string? Address, string? Hours);

    public sealed record OfferDto(int Id, string Name, string Organisation, string? Description, IReadOnlyList<string> Themes, string? TargetGroup,
        int? MinAge, int? MaxAge, string Insurance, IReadOnlyList<string> Languages, string? Cost, string Access, bool National,
        IReadOnlyList<string> Municipalities, int? InterventionId, DateOnly LastCheckedOn, bool Example, ContactDto Contact);

    public sealed record OfferHitDto(OfferDto Offer, bool ServesMunicipality);

    public sealed record StepDto(int Number, string Who, string What, string? Consent, bool WarmHandover, string? Escalation, string Source, bool ReplacesRegional);

    public sealed record RuleDto(int? MinAge, int? MaxAge, string? Situation, int OfferId, string? Offer, string Source);

    public sealed record CarePathDto(string Municipality, string MunicipalityName, string? Region, string Theme, string ThemeName,
        bool HasRegionalPath, bool HasLocalPath, IReadOnlyList<string> Signals, IReadOnlyList<StepDto> Steps, IReadOnlyList<RuleDto> Rules,
        IReadOnlyList<OfferDto> Offers, IReadOnlyList<string> Background, bool Example);

    private static OfferDto Dto(Offer o, IReadOnlyDictionary<int, string> themeCodes) => new(o.Id, o.Name, o.Organisation?.Name ?? "", o.Description,
        [.. o.Themes.Select(t => themeCodes.GetValueOrDefault(t.ThemeId, "")).Order()], o.TargetGroup, o.MinAge, o.MaxAge, o.Insurance.ToString(),
        CarePathNames.LanguageCodes(o.Languages), o.Cost, o.Access.ToString(), o.National, [.. o.Municipalities.Select(m => m.MunicipalityCode).Where(c => c != Geography.Area.NetherlandsCode).Order()],
        o.InterventionId, o.LastCheckedOn, o.IsExample || o.Organisation?.IsExample == true,
        new ContactDto(o.Phone ?? o.Organisation?.Phone, o.Email ?? o.Organisation?.Email, o.Website ?? o.Organisation?.Website, o.Organisation?.Address, o.Organisation?.Hours));

    public static IEndpointRouteBuilder MapCarePathEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/care-paths", async Task<Results<Ok<CarePathDto>, ProblemHttpResult>> (string? municipality, string? theme, KansrijkDb db, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(municipality) || string.IsNullOrWhiteSpace(theme))
            {
                return TypedResults.Problem(statusCode: 400, title: "Gemeente en thema nodig", detail: "Geef municipality (bijvoorbeeld GM0518) en theme (bijvoorbeeld financien-en-schulden).");
            }
            var path = await new CarePathQueries(db).PathAsync(municipality, theme, includeDrafts: false, ct);
            if (path is null)
            {
                return TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: $"Geen gemeente {municipality} of geen thema {theme}.");
            }
            var themeCodes = new Dictionary<int, string> { [path.Theme.Id] = path.Theme.Code };
            return TypedResults.Ok(new CarePathDto(path.Municipality.Code, path.Municipality.Name, path.Region?.Code, path.Theme.Code, path.Theme.Name,
                path.Regional is not null, path.Local is not null,
                [.. new[] { path.Regional?.Signals, path.Local?.Signals }.OfType<string>()],
                [.. path.Steps.Select(s => new StepDto(s.Step.Number, s.Step.Who, s.Step.What, s.Step.Consent, s.Step.WarmHandover, s.Step.Escalation, s.Source.ToString(), s.ReplacesRegional))],
                [.. path.Rules.Select(r => new RuleDto(r.Rule.MinAge, r.Rule.MaxAge, r.Rule.Situation, r.Rule.OfferId, r.Offer?.Name, r.Source.ToString()))],
                [.. path.Offers.Select(o => Dto(o, themeCodes))],
                [.. new[] { path.Regional?.Background, path.Local?.Background }.OfType<string>()],
                path.Regional?.IsExample == true || path.Local?.IsExample == true));
        })
        .WithTags("Zorgpaden").WithName("GetCarePath")
        .WithSummary("Het zorgpad van een thema voor een gemeente: het regionale pad met de aanvullingen van de gemeente. Alleen gepubliceerde inhoud.");

        app.MapGet("/offers", async Task<Results<Ok<PagedList<OfferHitDto>>, ProblemHttpResult>> (string? q, string? municipality, string? theme, string? language,
            int? page, int? pageSize, HttpRequest request, KansrijkDb db, CancellationToken ct) =>
        {
            // The search pages by CarePathQueries.PageSize; pageSize may only say so.
            var paging = Paging.Read(page, pageSize, max: CarePathQueries.PageSize, fallback: CarePathQueries.PageSize);
            if (paging.Problem is ProblemHttpResult pagingProblem)
            {
                return pagingProblem;
            }
            var queries = new CarePathQueries(db);
            var result = await queries.SearchAsync(q, municipality, theme, language, paging.Page, ct);
            var themeCodes = await queries.ThemeCodesAsync(ct);
            return TypedResults.Ok(Paging.Make([.. result.Hits.Select(h => new OfferHitDto(Dto(h.Offer, themeCodes), h.ServesMunicipality))],
                paging.Page, CarePathQueries.PageSize, result.Total, request));
        })
        .WithTags("Zorgpaden").WithName("SearchOffers")
        .WithSummary("Zoekt gepubliceerd aanbod (zonder accenten, hoofdletters maken niet uit); aanbod in de gekozen gemeente eerst. 25 per pagina.");

        app.MapGet("/social-maps/{municipality}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string municipality, string? format, KansrijkDb db, CancellationToken ct) =>
        {
            var queries = new CarePathQueries(db);
            var area = await queries.MunicipalityAsync(municipality, ct);
            if (area is null)
            {
                return TypedResults.Problem(statusCode: 404, title: "Gemeente niet gevonden", detail: $"Geen gemeentecode: {municipality}.");
            }
            var rows = SocialMapTransfer.Rows(await queries.SocialMapAsync(area.Code, ct), await queries.ThemeCodesAsync(ct));
            return format == "json"
                ? TypedResults.File(SocialMapTransfer.Utf8.GetBytes(SocialMapTransfer.ToJson(rows)), "application/json; charset=utf-8", $"sociale-kaart-{area.Code}.json")
                : TypedResults.File(SocialMapTransfer.Utf8.GetBytes(SocialMapTransfer.ToCsv(rows)), "text/csv; charset=utf-8", $"sociale-kaart-{area.Code}.csv");
        })
        .WithTags("Zorgpaden").WithName("ExportSocialMap")
        .WithSummary("De hele gepubliceerde sociale kaart van een gemeente (ook landelijk aanbod) als CSV (format=csv) of JSON (format=json), in het importformaat.");

        app.MapPost("/social-map-imports", async Task<Results<Ok<TransferResult>, UnprocessableEntity<TransferResult>, ForbidHttpResult>> (HttpRequest request, Authorizer authorizer, SocialMapTransfer transfer, CancellationToken ct) =>
        {
            var scope = await authorizer.ScopeAsync(ct);
            if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct))
            {
                return TypedResults.Forbid();
            }
            using var reader = new StreamReader(request.Body);
            var content = await reader.ReadToEndAsync(ct);
            var json = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
            var result = await transfer.ImportAsync(content, json, scope, request.HttpContext.User.Identity!.Name!, ct);
            return result.Succeeded ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
        })
        .RequireAuthorization()
        .WithTags("Zorgpaden").WithName("ImportSocialMap")
        .WithSummary("Importeert organisaties en aanbod (text/csv of application/json), alles of niets; de fouten noemen regel, kolom en reden. Aanbod komt als concept binnen.");
        return app;
    }
}
