using Kansrijk.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kansrijk.Geography;

public static class AreaEndpoints
{
    public sealed record AreaDto(string Code, string Name, string Type, string? ProvinceCode, string? GgdRegionCode)
    {
        public static AreaDto From(Area a) => new(a.Code, a.Name, AreaTypeNames.Api(a.Type), a.ProvinceCode, a.GgdRegionCode);
    }

    public static IEndpointRouteBuilder MapAreaEndpoints(this IEndpointRouteBuilder app)
    {
        var areas = app.MapGroup("/areas").WithTags("Gebieden");

        areas.MapGet("", async Task<Results<Ok<PagedList<AreaDto>>, ProblemHttpResult>> (string? type, string? q, int? page, int? pageSize, HttpRequest request, AreaQueries queries, CancellationToken ct) =>
        {
            var paging = Paging.Read(page, pageSize);
            if (paging.Problem is ProblemHttpResult pagingProblem)
            {
                return pagingProblem;
            }
            AreaType? areaType = null;
            if (!string.IsNullOrEmpty(type))
            {
                areaType = AreaTypeNames.FromApi(type);
                if (areaType is null)
                {
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Onbekend gebiedstype",
                        detail: $"Het type '{type}' bestaat niet. Kies municipality, province, ggdregion of country.");
                }
            }
            var found = await queries.SearchAsync(q, areaType, ct);
            return TypedResults.Ok(Paging.Of(found.Select(AreaDto.From), paging.Page, paging.Size, request));
        })
        .WithName("ListAreas")
        .WithSummary("Gemeenten, provincies, GGD-regio's en Nederland, te filteren op type en zoektekst.");

        areas.MapGet("/{code}", async Task<Results<Ok<AreaDto>, ProblemHttpResult>> (string code, AreaQueries queries, CancellationToken ct) =>
        {
            var area = await queries.FindAsync(code, ct);
            return area is null
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Gebied niet gevonden",
                    detail: $"Er is geen gebied met code '{code}'.")
                : TypedResults.Ok(AreaDto.From(area));
        })
        .WithName("GetArea")
        .WithSummary("Eén gebied op CBS-code, bijvoorbeeld GM0363.");

        return app;
    }
}
