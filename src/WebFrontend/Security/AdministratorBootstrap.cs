using AntiTrafficking.GrainInterfaces.Accounts;

namespace AntiTrafficking.WebFrontend.Security;

/// <summary>
/// Creates the first administrator at start from <c>Authentication:Bootstrap:UserName</c> and <c>:Password</c> when
/// both are set; the directory grain refuses once any administrator exists, so the setting may stay (remove it anyway).
/// There is no default: without the setting no account is created.
/// </summary>
public sealed class AdministratorBootstrap(IConfiguration config, IGrainFactory grains, ILogger<AdministratorBootstrap> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var userName = config["Authentication:Bootstrap:UserName"];
        var password = config["Authentication:Bootstrap:Password"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return;
        }

        var error = await grains.GetGrain<ISecurityDirectoryGrain>(ISecurityDirectoryGrain.Key).BootstrapAsync(userName.Trim(), password);
        if (error is null)
        {
            logger.LogWarning("First administrator {UserName} created from configuration; remove Authentication:Bootstrap:Password now", userName);
        }
        else if (error.Code != "alreadyBootstrapped")
        {
            logger.LogError("The first administrator could not be created: {Message}", error.MessageEn);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
