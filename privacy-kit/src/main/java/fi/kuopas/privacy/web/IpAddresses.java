package fi.kuopas.privacy.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Truncates IP addresses before they are stored as consent evidence (data minimisation, Art 5(1)(c)). */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** IPv4 keeps the first three octets (/24), IPv6 the first 48 bits; null for a non-address. */
    public static String truncate(String ip) {
        if (ip == null || ip.isBlank() || !ip.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            byte[] b = InetAddress.getByName(ip.strip()).getAddress();
            if (b.length == 4) {
                return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
            }
            return String.format("%x:%x:%x::/48", ((b[0] & 0xff) << 8) | (b[1] & 0xff),
                    ((b[2] & 0xff) << 8) | (b[3] & 0xff), ((b[4] & 0xff) << 8) | (b[5] & 0xff));
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
