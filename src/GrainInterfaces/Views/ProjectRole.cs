namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>An agency's part in a project.</summary>
/// <param name="Project">Project (đề án) 1, 2 or 3.</param>
/// <param name="Leads">True for the lead agency (chủ trì), false for a member (tham gia).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.ProjectRole")]
public sealed record ProjectRole(int Project, bool Leads);
