/**
 * winnow's library. Exports the API package only ({@code dev.winnow}: its public classes); the
 * machinery is package-private there. One dependency: jsoup, for HTML.
 */
module dev.winnow.core {
    requires org.jsoup;

    exports dev.winnow;
}
