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
        var areas = app.MapGroup("/api/areas").WithTags("Gebieden");

        areas.MapGet("/", async Task<Results<Ok<List<AreaDto>>, ProblemHttpResult>> (string? type, string? q, AreaQueries queries, CancellationToken ct) =>
        {
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
            return TypedResults.Ok(found.Select(AreaDto.From).ToList());
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
