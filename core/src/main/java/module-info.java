/**
 * winnow's library. Exports the API package only ({@code dev.winnow}); the packages of its steps are
 * public to one another but not exported. One dependency: jsoup, for HTML.
 */
module dev.winnow.core {
    requires org.jsoup;

    exports dev.winnow;
}
