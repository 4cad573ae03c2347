namespace Autoscaler.Harness;

/// <summary>One server as the controller's REST API lists it (<c>GET /api/v1/fleets/{fleet}/servers</c>): what the
/// controller knows right now, in memory.</summary>
/// <param name="Id">The controller's server id, which is also the server's name at the cloud.</param>
/// <param name="Fleet">The fleet it belongs to.</param>
/// <param name="State">The lifecycle state as the API names it, e.g. <c>SERVER_LIFECYCLE_READY</c>.</param>
/// <param name="Players">Players from its latest report (0 before any).</param>
/// <param name="Capacity">Player slots from its latest report.</param>
public sealed record ControllerServer(string Id, string Fleet, string State, int Players, int Capacity)
{
    /// <summary>The API's name of the Ready state.</summary>
    public const string Ready = "SERVER_LIFECYCLE_READY";

    /// <summary>"id:state:players/capacity".</summary>
    public override string ToString() => $"{Id}:{State}:{Players}/{Capacity}";
}
