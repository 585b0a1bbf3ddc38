using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>Registers what the account and key grains need.</summary>
internal static class AccountServices
{
    /// <summary>The lockout settings from the configuration section "Accounts" and the system clock (tests register their own first).</summary>
    public static void AddAccounts(IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration("Accounts");
        services.TryAddSingleton(new AccountClock(TimeProvider.System));
    }
}
