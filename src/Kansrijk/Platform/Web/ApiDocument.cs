using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kansrijk.Platform.Web;

/// <summary>
/// The OpenAPI document at /api/v1/openapi.json, made complete for the NL API Design Rules: description and
/// contact, a semantic version, the absolute https server URL with the major version, the API-Version header on
/// every answer, the security scheme, the request bodies of the imports, and the problem+json answers each
/// operation can give. Scalar shows it at /api/v1/docs.
/// </summary>
public static class ApiDocument
{
    public const string DocumentName = "v1";
    public const string Route = ApiV1.Prefix + "/openapi.json";
    public const string CookieScheme = "sessie";

    /// <summary>Operations whose body the handler reads itself, by operation id, with the types they accept.</summary>
    private static readonly Dictionary<string, (string Description, string[] Types)> Bodies = new()
    {
        ["ImportValues"] = ("CSV met kopregel indicator,gebied,periode,teller,noemer,waarde.", ["text/csv"]),
        ["ImportSocialMap"] = ("Organisaties en aanbod in het exportformaat van de sociale kaart.", ["text/csv", "application/json"]),
    };

    /// <summary>Endpoint metadata: these query parameters are required (the handler answers 400 without them).</summary>
    public sealed record RequiredQuery(params string[] Names);

    public static IServiceCollection AddKansrijkApiDocument(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith(ApiV1.Prefix.TrimStart('/'), StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, context, _) =>
            {
                var http = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext;
                Describe(document, http?.Request.Host.Value);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                Complete(operation, context);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static void Describe(OpenApiDocument document, string? host)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Kansrijk API",
            Version = ApiV1.Version,
            Description = "Open gegevens van Kansrijke Start: gebieden, de monitor (indicatoren en cijfers), coalities, zorgpaden, " +
                "aanbod en de sociale kaart; en de imports voor wie daarvoor rechten heeft. Lijsten zijn gepagineerd (page, pageSize). " +
                "Fouten zijn problem+json (RFC 9457). Zie docs/api.md voor de NL API Design Rules en waar Kansrijk bewust afwijkt.",
            Contact = new OpenApiContact
            {
                Name = "Team Kansrijk",
                Email = "kansrijk@example.nl",
                Url = new Uri("https://example.nl/kansrijk"),
            },
            License = new OpenApiLicense { Name = "EUPL-1.2", Url = new Uri("https://eupl.eu/1.2/nl/") },
        };
        document.Servers = [new OpenApiServer
        {
            Url = $"https://{(string.IsNullOrEmpty(host) ? "localhost" : host)}{ApiV1.Prefix}",
            Description = "Deze installatie",
        }];
        // Paths are relative to the server URL, which carries /api/v1.
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            paths[path.StartsWith(ApiV1.Prefix, StringComparison.Ordinal) ? path[ApiV1.Prefix.Length..] : path] = item;
        }
        document.Paths = paths;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "kansrijk.sessie",
            Description = "De sessiecookie na inloggen op /inloggen (met wachtwoord en zo nodig tweestapsverificatie, of via OpenID Connect).",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas["Problem"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Probleemdetails volgens RFC 9457.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "URI van het soort probleem." },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Korte Nederlandse titel." },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Uitleg voor deze keer." },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[ApiV1.VersionHeader] = new OpenApiHeader
        {
            Description = "De volledige versie van de API (semantic versioning).",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\d+\.\d+\.\d+$" },
        };
    }

    private static void Complete(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var hasPathParameter = description.ParameterDescriptions.Any(p => p.Source.Id == "Path");
        var hasQuery = description.ParameterDescriptions.Any(p => p.Source.Id == "Query");
        operation.Responses ??= new OpenApiResponses();
        if (method == "HEAD")
        {
            // The same endpoint answers HEAD: its own operation id, and a description that says what it is.
            operation.OperationId = operation.OperationId is { } id ? id + "Head" : null;
            operation.Summary = "Als GET, zonder body: alleen status en headers.";
            operation.Description = operation.Summary;
        }
        else if (string.IsNullOrWhiteSpace(operation.Description))
        {
            operation.Description = operation.Summary;
        }

        foreach (var name in metadata.OfType<RequiredQuery>().SelectMany(r => r.Names))
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == name) is { } parameter)
            {
                parameter.Required = true;
            }
        }

        var operationId = description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (operationId is not null && Bodies.TryGetValue(operationId, out var body))
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = body.Description,
                Content = body.Types.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
            };
        }
        if (secured)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] }];
            AddProblem(operation, context, "401", "Niet ingelogd.");
            AddProblem(operation, context, "403", "Geen toegang tot dit gegeven.");
        }
        if (hasQuery || operation.RequestBody is not null || method != "GET")
        {
            AddProblem(operation, context, "400", "Ongeldig verzoek, bijvoorbeeld een onbekende waarde of een pagina buiten bereik.");
        }
        if (hasPathParameter || method == "GET" && hasQuery)
        {
            AddProblem(operation, context, "404", "Niet gevonden.");
        }
        if (operation.RequestBody is not null)
        {
            AddProblem(operation, context, "415", "Verkeerd formaat van het bestand.");
            AddProblem(operation, context, "422", "Inhoud geweigerd; niets is opgeslagen.");
        }
        AddProblem(operation, context, "500", "Er ging iets mis, bijvoorbeeld een onbereikbare database.");

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[ApiV1.VersionHeader] = new OpenApiHeaderReference(ApiV1.VersionHeader, context.Document);
            if (string.IsNullOrEmpty(concrete.Description))
            {
                concrete.Description = status.StartsWith('2') ? "Gelukt." : "Probleem.";
            }
            if (status[0] is '4' or '5' && concrete.Content is { Count: > 0 } content && !content.ContainsKey("application/problem+json"))
            {
                // ASP.NET documents ProblemDetails as application/json; the answer is application/problem+json.
                var schema = content.Values.First().Schema;
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = schema ?? new OpenApiSchemaReference("Problem", context.Document) },
                };
            }
        }
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("Problem", context.Document) },
            },
        };
    }
}
