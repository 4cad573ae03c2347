namespace Autoscaler.AgentSidecar;

/// <summary>One command from the controller as the sidecar's HTTP clients see it.</summary>
/// <param name="Id">Increases by one per command; pass the last seen id as <c>after</c>.</param>
/// <param name="Kind"><c>drain</c>, <c>undrain</c> or <c>shutdown</c>.</param>
/// <param name="Reason">Why, as the controller put it.</param>
/// <param name="GraceMs">For <c>shutdown</c>: milliseconds until deletion.</param>
/// <param name="Deadline">For <c>shutdown</c>: when the server will be deleted.</param>
/// <param name="ReceivedAt">When the sidecar received it.</param>
internal sealed record SidecarCommand(long Id, string Kind, string Reason, long? GraceMs, DateTimeOffset? Deadline, DateTimeOffset ReceivedAt);
