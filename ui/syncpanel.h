#pragma once

#include <QDockWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace veil {
class LibraryDatabase;
namespace sync {
class ApiClient;
class LiveChannel;
class SyncEngine;
class TokenStore;
} // namespace sync
} // namespace veil

namespace veil::ui {

// The sync panel: server, connection state, outbox length, push of the selection.
// Pushing originals asks for confirmation once per batch.
class SyncPanel : public QDockWidget
{
    Q_OBJECT
public:
    using Selection = std::function<QList<qint64>()>;
    SyncPanel(LibraryDatabase &db, Selection selection, sync::TokenStore &tokens, QWidget *parent = nullptr);
    ~SyncPanel() override;

    QLineEdit *serverEdit() const { return m_server; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *pushButton() const { return m_push; }
    QCheckBox *originalsBox() const { return m_originals; }
    QString stateText() const;
    QString messageText() const;
    sync::SyncEngine *engine() const { return m_engine.get(); }

    void connectToServer();
    void pushSelection();

signals:
    // A photo's sync state may have changed (queued, a step done, the server listed):
    // the grid re-reads its badges.
    void outboxChanged();

private:
    void setState(const QString &text);
    void updateCounts();

    LibraryDatabase &m_db;
    Selection m_selection;
    sync::TokenStore &m_tokens;
    QLineEdit *m_server;
    QPushButton *m_connect;
    QPushButton *m_push;
    QCheckBox *m_originals;
    QLabel *m_state;
    QLabel *m_outbox;
    QLabel *m_message;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sync::ApiClient> m_client;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::LiveChannel> m_live;
};

} // namespace veil::ui
