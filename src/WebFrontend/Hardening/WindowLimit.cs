namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>A fixed-window rate limit: at most <see cref="PermitLimit"/> requests in each <see cref="Window"/>.</summary>
public sealed class WindowLimit
{
    /// <summary>Requests allowed in one window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>Length of the window.</summary>
    public TimeSpan Window { get; set; }
}
