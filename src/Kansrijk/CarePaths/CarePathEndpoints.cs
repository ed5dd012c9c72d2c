using System.ComponentModel;
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

    /// <summary>Reach: Municipality, Region (another municipality of its GGD region), National or Elsewhere; results come in that order.</summary>
    public sealed record OfferHitDto(OfferDto Offer, bool ServesMunicipality, string Reach);

    public sealed record StepDto(int Number, string Who, string What, string? Consent, bool WarmHandover, string? Escalation, string Source, bool ReplacesRegional);

    public sealed record RuleDto(int? MinAge, int? MaxAge, string? Situation, int OfferId, string? Offer, string Source);

    /// <summary>A condition a routing rule asks; answer it with applies or doesNotApply and its key.</summary>
    public sealed record QuestionDto(string Key, string Situation, string Question);

    /// <summary>Who to call and how to refer: the offer's own contact details, else its organisation's.</summary>
    public sealed record RoutedOfferDto(int OfferId, string Offer, string Organisation, string? Phone, string? Email, string? Website, string Access, string Reason);

    public sealed record WaitingOfferDto(int OfferId, string Offer, string OpenQuestion);

    /// <summary>Who helps: only offers whose conditions were all answered; the others wait for the open question.</summary>
    public sealed record RoutingDto(int Age, bool? Insured, IReadOnlyList<RoutedOfferDto> Routed, IReadOnlyList<WaitingOfferDto> Waiting);

    public sealed record CarePathDto(string Municipality, string MunicipalityName, string? Region, string Theme, string ThemeName,
        bool HasRegionalPath, bool HasLocalPath, IReadOnlyList<string> Signals, IReadOnlyList<StepDto> Steps, IReadOnlyList<RuleDto> Rules,
        IReadOnlyList<OfferDto> Offers, IReadOnlyList<string> Background, bool Example, IReadOnlyList<QuestionDto> Questions, RoutingDto? Routing);

    private static OfferDto Dto(Offer o, IReadOnlyDictionary<int, string> themeCodes) => new(o.Id, o.Name, o.Organisation?.Name ?? "", o.Description,
        [.. o.Themes.Select(t => themeCodes.GetValueOrDefault(t.ThemeId, "")).Order()], o.TargetGroup, o.MinAge, o.MaxAge, o.Insurance.ToString(),
        CarePathNames.LanguageCodes(o.Languages), o.Cost, o.Access.ToString(), o.National, [.. o.Municipalities.Select(m => m.MunicipalityCode).Where(c => c != Geography.Area.NetherlandsCode).Order()],
        o.InterventionId, o.LastCheckedOn, o.IsExample || o.Organisation?.IsExample == true,
        new ContactDto(o.Phone ?? o.Organisation?.Phone, o.Email ?? o.Organisation?.Email, o.Website ?? o.Organisation?.Website, o.Organisation?.Address, o.Organisation?.Hours));

    public static IEndpointRouteBuilder MapCarePathEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/care-paths", async Task<Results<Ok<CarePathDto>, ProblemHttpResult>> (
            [Description("Verplicht. CBS-code van de gemeente van de cliënt, bijvoorbeeld GM0518.")] string? municipality,
            [Description("Verplicht. Code van het thema, bijvoorbeeld financien-en-schulden.")] string? theme,
            [Description("Leeftijd van de cliënt in jaren (10 tot en met 60). Alleen met een leeftijd komt er een routering (routing). Wordt niet bewaard.")] int? age,
            [Description("Heeft zij een zorgverzekering? Leeg: niet beantwoord; aanbod dat daarvan afhangt, wacht dan (waiting).")] bool? insured,
            [Description("Sleutels (key uit questions) van de situaties die voor haar gelden, bijvoorbeeld met-schulden. Herhaal de parameter voor meer.")] string[]? applies,
            [Description("Sleutels (key uit questions) van de situaties die níet voor haar gelden. Een situatie in geen van beide lijsten is niet beantwoord: wat ervan afhangt, wacht.")] string[]? doesNotApply,
            KansrijkDb db, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(municipality) || string.IsNullOrWhiteSpace(theme))
            {
                return TypedResults.Problem(statusCode: 400, title: "Gemeente en thema nodig", detail: "Geef municipality (bijvoorbeeld GM0518) en theme (bijvoorbeeld financien-en-schulden).");
            }
            if (age is < 10 or > 60)
            {
                return TypedResults.Problem(statusCode: 400, title: "Leeftijd buiten bereik", detail: "age is een heel getal van 10 tot en met 60.");
            }
            var path = await new CarePathQueries(db).PathAsync(municipality, theme, includeDrafts: false, ct);
            if (path is null)
            {
                return TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: $"Geen gemeente {municipality} of geen thema {theme}.");
            }
            var themeCodes = new Dictionary<int, string> { [path.Theme.Id] = path.Theme.Code };
            var questions = Routing.Questions([path]);
            var known = questions.Select(q => q.Key).ToHashSet();
            var unknown = (applies ?? []).Concat(doesNotApply ?? []).Where(k => !known.Contains(k)).ToList();
            if (unknown.Count > 0)
            {
                return TypedResults.Problem(statusCode: 400, title: "Onbekende situatie",
                    detail: $"Dit pad vraagt niet naar: {string.Join(", ", unknown)}. Gebruik een key uit questions: {string.Join(", ", known)}.");
            }
            RoutingDto? routing = null;
            if (age is { } years)
            {
                var situations = (doesNotApply ?? []).ToDictionary(k => k, _ => false);
                foreach (var key in applies ?? [])
                {
                    situations[key] = true;
                }
                var outcome = Routing.Route([path], new RoutingAnswers(years, insured, situations));
                routing = new RoutingDto(years, insured,
                    [.. outcome.Routed.Select(r => new RoutedOfferDto(r.Offer.Id, r.Offer.Name, r.Offer.Organisation?.Name ?? "", r.Offer.Phone ?? r.Offer.Organisation?.Phone,
                        r.Offer.Email ?? r.Offer.Organisation?.Email, r.Offer.Website ?? r.Offer.Organisation?.Website, r.Offer.Access.ToString(), r.Reason))],
                    [.. outcome.Waiting.Select(w => new WaitingOfferDto(w.Offer.Id, w.Offer.Name, w.OpenQuestion))]);
            }
            return TypedResults.Ok(new CarePathDto(path.Municipality.Code, path.Municipality.Name, path.Region?.Code, path.Theme.Code, path.Theme.Name,
                path.Regional is not null, path.Local is not null,
                [.. new[] { path.Regional?.Signals, path.Local?.Signals }.OfType<string>()],
                [.. path.Steps.Select(s => new StepDto(s.Step.Number, s.Step.Who, s.Step.What, s.Step.Consent, s.Step.WarmHandover, s.Step.Escalation, s.Source.ToString(), s.ReplacesRegional))],
                [.. path.Rules.Select(r => new RuleDto(r.Rule.MinAge, r.Rule.MaxAge, r.Rule.Situation, r.Rule.OfferId, r.Offer?.Name, r.Source.ToString()))],
                [.. path.Offers.Select(o => Dto(o, themeCodes))],
                [.. new[] { path.Regional?.Background, path.Local?.Background }.OfType<string>()],
                path.Regional?.IsExample == true || path.Local?.IsExample == true,
                [.. questions.Select(q => new QuestionDto(q.Key, q.Situation, q.Question))], routing));
        })
        .WithTags("Zorgpaden").WithName("GetCarePath")
        .WithMetadata(new ApiDocument.RequiredQuery("municipality", "theme"))
        .WithSummary("Het zorgpad van een thema voor een gemeente: het regionale pad met de aanvullingen van de gemeente. Alleen gepubliceerde inhoud.")
        .WithDescription("Het zorgpad van een thema voor een gemeente: het regionale pad met de aanvullingen van de gemeente, alleen gepubliceerde inhoud. " +
            "municipality en theme zijn verplicht. Met age erbij kiest de routering wie helpt: een afspraak met een situatie (questions) kiest haar aanbod " +
            "alleen als die situatie in applies staat; staat ze in geen van applies en doesNotApply, dan wacht het aanbod (routing.waiting). " +
            "Geen uitkomst rust op een vraag die niemand beantwoordde.");

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
            return TypedResults.Ok(Paging.Make([.. result.Hits.Select(h => new OfferHitDto(Dto(h.Offer, themeCodes), h.ServesMunicipality, h.Reach.ToString()))],
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
