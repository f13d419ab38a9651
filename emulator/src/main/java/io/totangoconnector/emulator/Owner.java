package io.totangoconnector.emulator;

/** A team member who owns an account in some role. */
public record Owner(String name, String email) {}
