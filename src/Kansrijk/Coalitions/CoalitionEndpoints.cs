using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

public static class CoalitionEndpoints
{
    public sealed record CoalitionSummary(int Id, string Name, string Kind, string Status, int? StatusSince, string? Plan, DateOnly? PlanAdoptedOn, IReadOnlyList<string> Municipalities);

    public sealed record PartnerDto(string Name, string Type, string Domain, int? JoinedYear, int? LeftYear);

    public sealed record LineDto(int Number, string Title, int? NationalLine, IReadOnlyList<string> Goals);

    public sealed record ActivityDto(int Year, string Title, int Line, string? Intervention, string Status, int? Reach, string? ReachUnit, string? Evaluation,
        string? TargetGroup, DateOnly? StartsOn, DateOnly? EndsOn);

    public sealed record BudgetDto(int Year, string Source, decimal Amount, string? Note);

    public sealed record CoalitionDto(CoalitionSummary Coalition, string? MeetingRhythm, string? Coordinators, IReadOnlyList<PartnerDto> Partners,
        IReadOnlyList<LineDto> Lines, IReadOnlyList<ActivityDto> Activities, IReadOnlyList<BudgetDto> Budget);

    private static CoalitionSummary Summary(Coalition c) => new(c.Id, c.Name, c.Kind.ToString(), c.Status.ToString(), c.StatusSince, c.Plan?.ToString(),
        c.PlanAdoptedOn, [.. c.Municipalities.Select(m => m.MunicipalityCode).Order()]);

    public static IEndpointRouteBuilder MapCoalitionEndpoints(this IEndpointRouteBuilder app)
    {
        var coalitions = app.MapGroup("/coalitions").WithTags("Coalities");

        coalitions.MapGet("", async Task<Results<Ok<PagedList<CoalitionSummary>>, ProblemHttpResult>> (int? page, int? pageSize, HttpRequest request,
            CoalitionQueries queries, CancellationToken ct) =>
        {
            var paging = Paging.Read(page, pageSize);
            if (paging.Problem is ProblemHttpResult pagingProblem)
            {
                return pagingProblem;
            }
            return TypedResults.Ok(Paging.Of((await queries.ListAsync(ct)).Select(Summary), paging.Page, paging.Size, request));
        })
            .WithName("ListCoalitions").WithSummary("Alle coalities met status, plan van aanpak en gemeenten.");

        coalitions.MapGet("/{id:int}", async Task<Results<Ok<CoalitionDto>, ProblemHttpResult>> (int id, CoalitionQueries queries, CancellationToken ct) =>
        {
            var d = await queries.DetailAsync(id, ct);
            if (d is null)
            {
                return TypedResults.Problem(statusCode: 404, title: "Coalitie niet gevonden", detail: $"Er is geen coalitie {id}.");
            }
            var lineNumbers = d.Lines.ToDictionary(l => l.Id, l => l.Number);
            return TypedResults.Ok(new CoalitionDto(
                Summary(d.Coalition), d.Coalition.MeetingRhythm, d.Coalition.Coordinators,
                [.. d.Coalition.Partners.OrderBy(p => p.Name).Select(p => new PartnerDto(p.Name, p.Type.ToString(), p.Domain.ToString(), p.JoinedYear, p.LeftYear))],
                [.. d.Lines.Select(l => new LineDto(l.Number, l.Title, l.NationalLineId is { } n ? d.NationalLines[n].Number : null, [.. l.Goals.OrderBy(g => g.Number).Select(g => g.Text)]))],
                [.. d.Activities.Select(a => new ActivityDto(a.Year, a.Title, lineNumbers[a.ActionLineId], a.InterventionId is { } i ? d.Interventions[i].Name : null,
                    a.Status.ToString(), a.Reach, a.ReachUnit, a.Evaluation, a.TargetGroup, a.StartsOn, a.EndsOn))],
                [.. d.Budget.Select(b => new BudgetDto(b.Year, b.Source.ToString(), b.Amount, b.Note))]));
        })
        .WithName("GetCoalition").WithSummary("Eén coalitie met partners, actielijnen, activiteiten en begroting.");

        coalitions.MapPost("/{id:int}/budget-lines", async Task<Results<Created, ProblemHttpResult, ForbidHttpResult, NotFound>> (int id, CoalitionEditor.BudgetInput input,
            HttpContext http, Platform.Database.KansrijkDb db, CoalitionEditor editor, Authorizer authorizer, CancellationToken ct) =>
        {
            var coalition = await db.Coalitions.AsNoTracking().Include(c => c.Municipalities).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (coalition is null) return TypedResults.NotFound();
            if (!await authorizer.AllowsAsync(Permissions.CoalitionEdit, CoalitionResources.Of(coalition), ct)) return TypedResults.Forbid();
            var errors = await editor.AddBudgetLineAsync(coalition, input, http.User.Identity!.Name!, ct);
            return errors.Any
                ? TypedResults.Problem(statusCode: 422, title: "Begrotingsregel geweigerd", detail: string.Join(" ", errors.All.Select(e => e.Value)),
                    extensions: new Dictionary<string, object?> { ["errors"] = errors.All.ToDictionary(e => e.Key, e => e.Value) })
                : TypedResults.Created($"/api/v1/coalitions/{id}");
        })
        .RequireAuthorization()
        .WithName("AddBudgetLine").WithSummary("Voegt een begrotingsregel toe (jaar, bron, bedrag als tekst, toelichting). Alleen voor wie de coalitie mag wijzigen.");
        return app;
    }
}
