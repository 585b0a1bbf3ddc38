using System.Text.Json.Nodes;

namespace AntiTrafficking.Web.Tests.Hardening;

/// <summary>One operation of the API as its OpenAPI document describes it.</summary>
internal sealed record ApiOperation(string Method, string Template, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters, JsonNode? BodySchema)
{
    public bool IsCommand => Method == "POST";

    /// <summary>Every operation of the document, in its order.</summary>
    public static List<ApiOperation> Read(JsonNode document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (template, methods) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in methods!.AsObject())
            {
                var parameters = operation!["parameters"]?.AsArray().Select(p => p!) ?? [];
                operations.Add(new ApiOperation(
                    method.ToUpperInvariant(),
                    template,
                    parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList(),
                    parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList(),
                    operation["requestBody"]?["content"]?["application/json"]?["schema"]));
            }
        }

        return operations;
    }
}
