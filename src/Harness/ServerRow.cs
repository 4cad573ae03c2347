namespace Autoscaler.Harness;

/// <summary>One row of the controller's servers table (as an operator reading the SQLite file sees it).</summary>
/// <param name="Id">The controller's server id.</param>
/// <param name="Fleet">The fleet it belongs to.</param>
/// <param name="State">Its lifecycle state, e.g. Creating, Booting, Ready, Draining, Deleting, Deleted.</param>
/// <param name="CloudId">The cloud's server id once the create answered; null before.</param>
public sealed record ServerRow(string Id, string Fleet, string State, string? CloudId)
{
    /// <summary>True unless the server is deleted or being deleted.</summary>
    public bool IsLive => State is not ("Deleted" or "Deleting");

    /// <summary>"id:state:cloudId".</summary>
    public override string ToString() => $"{Id}:{State}:{CloudId}";
}
