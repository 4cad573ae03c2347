using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>The service catalog has no endpoint for the service in the wanted region; the message names the regions it has.</summary>
public sealed class EndpointNotFoundException : RackspaceException
{
    /// <summary>Creates the exception.</summary>
    public EndpointNotFoundException(string message, IReadOnlyList<string> availableRegions)
        : base(message, RackspaceEventType.UnknownFailure)
    {
        AvailableRegions = availableRegions;
    }

    /// <summary>The regions the catalog offers for the service.</summary>
    public IReadOnlyList<string> AvailableRegions { get; }
}
