using System.Globalization;

namespace Autoscaler.Simulator.Live;

/// <summary>Where a live run stands: printed as it plays.</summary>
internal sealed record LiveProgress(double Fraction, double TraceSeconds, int Demand, int Seated, int Waiting, int Servers, int ReadyServers, long DeniedJoins, int Reboots)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"live: {Fraction:P0} t={TraceSeconds / 60:0.0} min: {Demand} players wanted, {Seated} seated, {Waiting} waiting; {Servers} servers ({ReadyServers} taking players); {DeniedJoins} denied joins, {Reboots} reboots so far");
}
