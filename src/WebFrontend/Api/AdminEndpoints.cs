using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>Accounts and API keys through the API, under /api/v1/admin: administrators only.</summary>
public static class AdminEndpoints
{
    private const string Tag = "Administration";

    /// <summary>Maps the admin endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapAdministration(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(Policies.Administrator).WithTags(Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapGet("/accounts", (SecurityAdmin s) => s.AccountsAsync())
            .Produces<ImmutableArray<AccountView>>().WithSummary("Tài khoản / Accounts");
        admin.MapPost("/accounts", (HttpRequest r, SecurityAdmin s) =>
                Act<AccountRequest>(r, (a, b) => s.CreateAccountAsync(a, b)))
            .Accepts<AccountRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Tạo tài khoản / Create an account");
        admin.MapPost("/accounts/{userName}/disabling", (HttpRequest r, SecurityAdmin s, string userName) =>
                Done(r, s.SetEnabledAsync(Caller(r), userName, enabled: false)))
            .WithSummary("Khóa tài khoản / Disable an account");
        admin.MapPost("/accounts/{userName}/enabling", (HttpRequest r, SecurityAdmin s, string userName) =>
                Done(r, s.SetEnabledAsync(Caller(r), userName, enabled: true)))
            .WithSummary("Mở lại tài khoản / Enable an account again");
        admin.MapPost("/accounts/{userName}/password", (HttpRequest r, SecurityAdmin s, string userName) =>
                Act<PasswordRequest>(r, (a, b) => s.SetPasswordAsync(a, userName, b.Password)))
            .Accepts<PasswordRequest>("application/json").WithSummary("Đặt mật khẩu mới / Set a new password");
        admin.MapPost("/accounts/{userName}/session-revocation", (HttpRequest r, SecurityAdmin s, string userName) =>
                Done(r, s.EndSessionsAsync(Caller(r), userName)))
            .WithSummary("Kết thúc mọi phiên đăng nhập / End every session");
        admin.MapGet("/api-keys", (SecurityAdmin s) => s.ApiKeysAsync())
            .Produces<ImmutableArray<ApiKeyView>>().WithSummary("Khóa API / API keys");
        admin.MapPost("/api-keys", IssueAsync)
            .Accepts<ApiKeyRequest>("application/json").Produces<IssuedApiKey>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Cấp khóa API (chỉ hiện một lần) / Issue an API key (shown once)");
        admin.MapPost("/api-keys/{id}/revocation", (HttpRequest r, SecurityAdmin s, string id) =>
                Done(r, s.RevokeApiKeyAsync(Caller(r), id)))
            .WithSummary("Thu hồi khóa API / Revoke an API key");
        return api;
    }

    private static async Task<IResult> IssueAsync(HttpRequest request, SecurityAdmin security)
    {
        var (body, problem) = await ReadAsync<ApiKeyRequest>(request);
        if (problem is not null)
        {
            return problem;
        }

        var (issued, error) = await security.IssueApiKeyAsync(Caller(request), body!);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return error is null ? Results.Ok(issued) : Problems.Refused(request, error);
    }

    private static async Task<IResult> Act<T>(HttpRequest request, Func<GrainInterfaces.ActingParty, T, Task<CommandError?>> act)
        where T : class
    {
        var (body, problem) = await ReadAsync<T>(request);
        return problem ?? await Done(request, act(Caller(request), body!));
    }

    private static async Task<IResult> Done(HttpRequest request, Task<CommandError?> act) =>
        await act is { } error ? Problems.Refused(request, error) : Results.NoContent();

    private static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return (await System.Text.Json.JsonSerializer.DeserializeAsync<T>(request.Body, ApiJson.Commands, request.HttpContext.RequestAborted)
                ?? throw new System.Text.Json.JsonException("The body is null."), null);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return (null, Problems.MalformedJson(request, ex));
        }
    }

    private static GrainInterfaces.ActingParty Caller(HttpRequest request) => PartyClaims.Party(request.HttpContext.User)!;
}
