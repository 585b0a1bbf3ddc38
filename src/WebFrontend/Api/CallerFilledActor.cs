using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// In the OpenAPI document, a command's <c>actor</c> (a read request's <c>reader</c>) is optional: the API fills it from
/// the API key or the sign-in (<see cref="Security.ActorBinding"/>), and a body that names anyone else is refused.
/// </summary>
internal sealed class CallerFilledActor : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var property = type == typeof(ReadRequest) ? "reader" : typeof(ICommand).IsAssignableFrom(type) ? "actor" : null;
        if (property is not null && schema.Required?.Remove(property) == true)
        {
            schema.Description = (schema.Description is { Length: > 0 } described ? described + " " : "") +
                $"'{property}' được điền theo khóa API hoặc phiên đăng nhập; nếu gửi, phải là chính người gọi. / " +
                $"'{property}' is filled from the API key or sign-in; if sent, it must be the caller.";
        }

        return Task.CompletedTask;
    }
}
